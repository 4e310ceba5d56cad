package com.legspasms.search;

import java.util.ArrayList;
import java.util.List;

import com.legspasms.content.ContentProblem;
import com.legspasms.content.InvalidContentException;
import com.legspasms.content.SearchWordLists;
import com.legspasms.site.WordListCheck;

import org.springframework.stereotype.Component;

/**
 * Reads the writers' search word lists as the search index will (synonyms in Solr's
 * format through Lucene, then the readers' words and the words never suggested against
 * them), for the site's build to list their problems with the others'.
 */
@Component
class WordListProblems implements WordListCheck {

	/**
	 * Parses the lists.
	 * @param lists the lists, as read with the content
	 * @return every broken synonym rule with its line; when the synonyms can be read,
	 * every malformed line of the other two lists; empty when all can be used
	 */
	@Override
	public List<ContentProblem> problems(SearchWordLists lists) {
		List<ContentProblem> problems = new ArrayList<>();
		SearchAnalyzers analyzers;
		try {
			analyzers = SearchService.analyzers(lists.synonyms().file(), lists.synonyms().text());
		}
		catch (InvalidContentException ex) {
			problems.addAll(ex.getProblems());
			// The other lists are still read, without the synonyms, so their
			// problems show too.
			analyzers = SearchService.analyzers(lists.synonyms().file(), "");
		}
		try {
			ReaderWords.of(lists, analyzers);
		}
		catch (InvalidContentException ex) {
			problems.addAll(ex.getProblems());
		}
		return problems;
	}

}
