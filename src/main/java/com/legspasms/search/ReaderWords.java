package com.legspasms.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.legspasms.content.ContentLayout;
import com.legspasms.content.ContentProblem;
import com.legspasms.content.InvalidContentException;

/**
 * The writers' spelling lists, in {@code content/}, read at start-up like the synonyms:
 * <ul>
 * <li>{@value #VOCABULARY_FILE}: misspellings readers type that edit distance and sound do not
 * catch, one rule a line, {@code typed words => meant words} ({@code nite => night},
 * {@code charlie horse => charley horse});</li>
 * <li>{@value #NEVER_SUGGESTED_FILE}: words never offered as a correction, one a line: the names of
 * publishers and organisations that articles mention (NICE, Mayo), which a reader searching for
 * symptoms never means.</li>
 * </ul>
 * Words are compared lower-cased with accents folded. Lines starting with {@code #} are notes. A
 * rule without {@code =>} or with an empty side stops start-up with its {@code FILE:LINE}.
 */
final class ReaderWords {

	static final String VOCABULARY_FILE = ContentLayout.READER_WORDS;

	static final String NEVER_SUGGESTED_FILE = ContentLayout.NEVER_SUGGESTED;

	static final ReaderWords NONE = new ReaderWords(Map.of(), Set.of(), 0);

	/** Each typed phrase (its words joined by one space) and the words meant. */
	private final Map<String, List<String>> meant;

	private final Set<String> neverSuggested;

	private final int longestPhrase;

	private ReaderWords(Map<String, List<String>> meant, Set<String> neverSuggested, int longestPhrase) {
		this.meant = meant;
		this.neverSuggested = neverSuggested;
		this.longestPhrase = longestPhrase;
	}

	/**
	 * Reads both lists from a content folder; a missing file is an empty list.
	 * @param contentDir the content folder
	 * @param analyzers for the words-as-typed analysis (lower case, accents folded)
	 * @return the lists
	 * @throws InvalidContentException listing every malformed line
	 */
	static ReaderWords read(Path contentDir, SearchAnalyzers analyzers) {
		List<ContentProblem> problems = new ArrayList<>();
		Map<String, List<String>> meant = new HashMap<>();
		int longest = 0;
		Path vocabulary = new ContentLayout(contentDir).readerWords();
		List<String> lines = lines(vocabulary);
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			int arrow = line.indexOf("=>");
			List<String> typed = (arrow < 0) ? List.of() : words(analyzers, line.substring(0, arrow));
			List<String> words = (arrow < 0) ? List.of() : words(analyzers, line.substring(arrow + 2));
			if (arrow < 0 || typed.isEmpty() || words.isEmpty() || line.indexOf("=>", arrow + 2) >= 0) {
				problems.add(new ContentProblem(vocabulary.toString(), i + 1,
						"write a rule as 'typed words => meant words', such as 'nite => night'"));
				continue;
			}
			meant.put(String.join(" ", typed), words);
			longest = Math.max(longest, typed.size());
		}
		Set<String> neverSuggested = new HashSet<>();
		for (String line : lines(new ContentLayout(contentDir).neverSuggested())) {
			if (!line.isBlank() && !line.strip().startsWith("#")) {
				neverSuggested.addAll(words(analyzers, line));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidContentException(problems);
		}
		return new ReaderWords(Map.copyOf(meant), Set.copyOf(neverSuggested), longest);
	}

	/**
	 * The words meant by the typed words from a position on, where the vocabulary has a rule for
	 * them (the longest rule wins).
	 * @param words the reader's words as typed
	 * @param from where to start
	 * @return how many typed words the rule covers and the words meant, or {@code null} when no rule
	 * starts here
	 */
	Rewrite rewriteAt(List<String> words, int from) {
		for (int length = Math.min(this.longestPhrase, words.size() - from); length > 0; length--) {
			List<String> meantWords = this.meant.get(String.join(" ", words.subList(from, from + length)));
			if (meantWords != null) {
				return new Rewrite(length, meantWords);
			}
		}
		return null;
	}

	/** Whether a word (lower case) may be offered as a correction. */
	boolean maySuggest(String word) {
		return !this.neverSuggested.contains(word);
	}

	/**
	 * A vocabulary rule applied.
	 * @param typedWords how many of the reader's words it replaces
	 * @param meant the words it puts in their place
	 */
	record Rewrite(int typedWords, List<String> meant) {
	}

	private static List<String> words(SearchAnalyzers analyzers, String text) {
		return SearchAnalyzers.tokens(analyzers.spelling(), SearchIndex.SPELLING, text);
	}

	private static List<String> lines(Path file) {
		if (!Files.exists(file)) {
			return List.of();
		}
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
