package com.legspasms.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * A reader's words as typed, and for each word the site does not know, the closest words it does
 * know, found by Lucene's spell checker (a Levenshtein automaton over the site's own words). The
 * corrections serve twice: they are searched for, and the best ones make the "Did you mean" line.
 */
final class TypedWords {

	/** Shorter words are left as typed: too many words are one letter away from them. */
	static final int MIN_CORRECTABLE_LENGTH = 4;

	/** How many known words to try in place of each unknown one. */
	static final int CORRECTIONS_PER_WORD = 3;

	private final List<String> words;

	private final Map<String, List<String>> corrections;

	private TypedWords(List<String> words, Map<String, List<String>> corrections) {
		this.words = words;
		this.corrections = corrections;
	}

	static TypedWords of(String text, SearchAnalyzers analyzers, IndexReader reader, SpellCheckers spellCheckers) {
		List<String> words = List.copyOf(
				new LinkedHashSet<>(SearchAnalyzers.tokens(analyzers.spelling(), SearchIndex.SPELLING, text)));
		Map<String, List<String>> corrections = new LinkedHashMap<>();
		try {
			for (String word : words) {
				if (word.length() >= MIN_CORRECTABLE_LENGTH && !isKnown(word, analyzers, reader)) {
					SuggestWord[] suggestions = spellCheckers.forWord(word)
						.suggestSimilar(new Term(SearchIndex.SPELLING, word), CORRECTIONS_PER_WORD, reader,
								SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
					List<String> found = new ArrayList<>();
					for (SuggestWord suggestion : suggestions) {
						found.add(suggestion.string);
					}
					if (!found.isEmpty()) {
						corrections.put(word, List.copyOf(found));
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new TypedWords(words, corrections);
	}

	List<String> words() {
		return this.words;
	}

	/** Every known word tried in place of an unknown one. */
	List<String> allCorrections() {
		return this.corrections.values().stream().flatMap(List::stream).toList();
	}

	/** The words with each unknown one replaced by its best correction, or {@code null} if none was. */
	String suggestion() {
		if (this.corrections.isEmpty()) {
			return null;
		}
		return String.join(" ", this.words.stream()
			.map((word) -> this.corrections.containsKey(word) ? this.corrections.get(word).get(0) : word)
			.toList());
	}

	/** Whether a word, as typed or by its stem (stretching → stretch), appears anywhere on the site. */
	private static boolean isKnown(String word, SearchAnalyzers analyzers, IndexReader reader) throws IOException {
		if (reader.docFreq(new Term(SearchIndex.SPELLING, word)) > 0) {
			return true;
		}
		for (String stem : SearchAnalyzers.tokens(analyzers.index(), SearchIndex.BODY, word)) {
			if (reader.docFreq(new Term(SearchIndex.BODY, stem)) > 0) {
				return true;
			}
		}
		return false;
	}

	/** One typo allowed in a word of up to seven letters, two in a longer one. */
	static final class SpellCheckers {

		/** Typos are looked for after the first letters, which readers rarely get wrong. */
		private static final int TYPO_FREE_PREFIX = 2;

		private final DirectSpellChecker shortWords = spellChecker(1);

		private final DirectSpellChecker longWords = spellChecker(2);

		DirectSpellChecker forWord(String word) {
			return (word.length() >= 8) ? this.longWords : this.shortWords;
		}

		private static DirectSpellChecker spellChecker(int maxEdits) {
			DirectSpellChecker spellChecker = new DirectSpellChecker();
			spellChecker.setMaxEdits(maxEdits);
			spellChecker.setMinPrefix(TYPO_FREE_PREFIX);
			spellChecker.setMinQueryLength(MIN_CORRECTABLE_LENGTH);
			return spellChecker;
		}

	}

}
