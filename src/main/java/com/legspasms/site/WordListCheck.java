package com.legspasms.site;

import java.util.List;

import com.legspasms.content.ContentProblem;
import com.legspasms.content.SearchWordLists;

/**
 * A check of the writers' search word lists ({@code synonyms.txt},
 * {@code reader-words.txt}, {@code never-suggested.txt}) that the search feature
 * supplies. {@link SiteSnapshotFactory} runs it while it builds the site, so a broken
 * rule is listed with every other problem of the content, at start-up and on a reload,
 * rather than only once the rest has been fixed.
 */
public interface WordListCheck {

	/**
	 * Checks the lists as read with the content.
	 * @param lists the lists (an absent file is an empty text)
	 * @return every problem found, each with its file and line; empty when the lists can
	 * be used
	 */
	List<ContentProblem> problems(SearchWordLists lists);

}
