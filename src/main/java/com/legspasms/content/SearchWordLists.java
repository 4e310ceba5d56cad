package com.legspasms.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The writers' word lists for search, read with the rest of the content (so editing them is live):
 * <ul>
 * <li>{@value #SYNONYMS_FILE}: synonym rules in Solr's format;</li>
 * <li>{@value #READER_WORDS_FILE}: misspellings readers type, {@code typed words => meant words};</li>
 * <li>{@value #NEVER_SUGGESTED_FILE}: words never offered as a correction.</li>
 * </ul>
 * Search parses them and reports a malformed line with its {@code FILE:LINE}.
 * @param synonyms the synonym rules
 * @param readerWords the readers' misspellings
 * @param neverSuggested the words never suggested
 */
public record SearchWordLists(WordList synonyms, WordList readerWords, WordList neverSuggested) {

	/** The writers' search synonyms, in the content folder. */
	public static final String SYNONYMS_FILE = "synonyms.txt";

	/** The readers' misspellings that edit distance and sound do not catch, in the content folder. */
	public static final String READER_WORDS_FILE = "reader-words.txt";

	/** The words never offered as a spelling correction, in the content folder. */
	public static final String NEVER_SUGGESTED_FILE = "never-suggested.txt";

	/**
	 * Reads the three lists of a content folder; a missing file is an empty list.
	 * @param contentDir the content folder
	 * @param problems where a file that is not UTF-8 or cannot be read is reported
	 * @return the lists (an unreadable one empty)
	 */
	public static SearchWordLists read(Path contentDir, List<ContentProblem> problems) {
		return new SearchWordLists(readList(contentDir.resolve(SYNONYMS_FILE), problems),
				readList(contentDir.resolve(READER_WORDS_FILE), problems),
				readList(contentDir.resolve(NEVER_SUGGESTED_FILE), problems));
	}

	private static WordList readList(Path file, List<ContentProblem> problems) {
		String text = Files.isRegularFile(file) ? ContentFiles.readUtf8(file, problems) : "";
		return new WordList(ContentLoader.displayPath(file), (text != null) ? text : "");
	}

}
