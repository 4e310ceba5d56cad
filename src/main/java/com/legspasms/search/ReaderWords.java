package com.legspasms.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.legspasms.content.ContentProblem;
import com.legspasms.content.InvalidContentException;
import com.legspasms.content.SearchWordLists;
import com.legspasms.content.WordList;

/**
 * The writers' spelling lists, in {@code content/}, read with the content like the
 * synonyms ({@link SearchWordLists}):
 * <ul>
 * <li>{@code reader-words.txt}: misspellings readers type that edit distance and sound do
 * not catch, one rule a line, {@code typed words => meant words} ({@code nite => night},
 * {@code charlie horse => charley horse});</li>
 * <li>{@code never-suggested.txt}: words never offered as a correction, one a line: the
 * names of publishers and organisations that articles mention (NICE, Mayo), which a
 * reader searching for symptoms never means.</li>
 * </ul>
 * Words are compared lower-cased with accents folded. Lines starting with {@code #} are
 * notes. A rule without {@code =>} or with an empty side stops start-up (or refuses a
 * reload) with its {@code FILE:LINE}.
 */
final class ReaderWords {

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
	 * Parses both lists, as read with the content ({@link SearchWordLists}).
	 * @param lists the writers' word lists (an absent file is an empty text)
	 * @param analyzers for the words-as-typed analysis (lower case, accents folded)
	 * @return the lists
	 * @throws InvalidContentException listing every malformed line
	 */
	static ReaderWords of(SearchWordLists lists, SearchAnalyzers analyzers) {
		List<ContentProblem> problems = new ArrayList<>();
		Map<String, List<String>> meant = new HashMap<>();
		int longest = 0;
		WordList vocabulary = lists.readerWords();
		List<String> lines = vocabulary.text().lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			int arrow = line.indexOf("=>");
			List<String> typed = (arrow < 0) ? List.of() : words(analyzers, line.substring(0, arrow));
			List<String> words = (arrow < 0) ? List.of() : words(analyzers, line.substring(arrow + 2));
			if (arrow < 0 || typed.isEmpty() || words.isEmpty() || line.indexOf("=>", arrow + 2) >= 0) {
				problems.add(new ContentProblem(vocabulary.file(), i + 1,
						"write a rule as 'typed words => meant words', such as 'nite => night'"));
				continue;
			}
			meant.put(String.join(" ", typed), words);
			longest = Math.max(longest, typed.size());
		}
		Set<String> neverSuggested = new HashSet<>();
		lists.neverSuggested().text().lines().forEach((line) -> {
			if (!line.isBlank() && !line.strip().startsWith("#")) {
				neverSuggested.addAll(words(analyzers, line));
			}
		});
		if (!problems.isEmpty()) {
			throw new InvalidContentException(problems);
		}
		return new ReaderWords(Map.copyOf(meant), Set.copyOf(neverSuggested), longest);
	}

	/**
	 * The words meant by the typed words from a position on, where the vocabulary has a
	 * rule for them (the longest rule wins).
	 * @param words the reader's words as typed
	 * @param from where to start
	 * @return how many typed words the rule covers and the words meant, or {@code null}
	 * when no rule starts here
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

	/**
	 * Whether a word (lower case) may be offered as a correction.
	 * @param word a word in lower case
	 * @return false for a word on the never-suggested list ({@code never-suggested.txt}),
	 * true otherwise
	 */
	boolean maySuggest(String word) {
		return !this.neverSuggested.contains(word);
	}

	private static List<String> words(SearchAnalyzers analyzers, String text) {
		return SearchAnalyzers.tokens(analyzers.spelling(), SearchIndex.SPELLING, text);
	}

	/**
	 * A vocabulary rule applied.
	 *
	 * @param typedWords how many of the reader's words it replaces
	 * @param meant the words it puts in their place
	 */
	record Rewrite(int typedWords, List<String> meant) {
	}

}
