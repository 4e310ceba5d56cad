package com.legspasms.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The writers' word lists for search, read with the rest of the content (so editing them
 * is live):
 * <ul>
 * <li>{@value ContentLayout#SYNONYMS}: synonym rules in Solr's format;</li>
 * <li>{@value ContentLayout#READER_WORDS}: misspellings readers type,
 * {@code typed words => meant words};</li>
 * <li>{@value ContentLayout#NEVER_SUGGESTED}: words never offered as a correction.</li>
 * </ul>
 * Search parses them and reports a malformed line with its {@code FILE:LINE}.
 *
 * @param synonyms the synonym rules
 * @param readerWords the readers' misspellings
 * @param neverSuggested the words never suggested
 */
public record SearchWordLists(WordList synonyms, WordList readerWords, WordList neverSuggested) {

	/**
	 * Reads the three lists of a content folder; a missing file is an empty list.
	 * @param contentDir the content folder
	 * @param problems where a file that is not UTF-8 or cannot be read is reported
	 * @return the lists (an unreadable one empty)
	 */
	public static SearchWordLists read(Path contentDir, List<ContentProblem> problems) {
		ContentLayout layout = new ContentLayout(contentDir);
		return new SearchWordLists(readList(layout.synonyms(), problems), readList(layout.readerWords(), problems),
				readList(layout.neverSuggested(), problems));
	}

	private static WordList readList(Path file, List<ContentProblem> problems) {
		String text = Files.isRegularFile(file) ? ContentFiles.readUtf8(file, problems) : "";
		return new WordList(ContentLoader.displayPath(file), (text != null) ? text : "");
	}

}
