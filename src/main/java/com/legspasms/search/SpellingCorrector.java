package com.legspasms.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.LuceneLevenshteinDistance;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;

/**
 * The words a reader probably meant by a word the site does not know, best first.
 * Candidates are the site's own words (of titles, summaries, headings, body text and care
 * cards) that are a typo or two away (Lucene's spell checker: one typo in a word of up to
 * seven letters, two in a longer one, never in the first two letters), or that sound the
 * same (the same Double Metaphone code, Lawrence Philips' algorithm as in Apache Commons
 * Codec, with at least half the letters in common: "kramp" is "cramp"). Words in the
 * writers' never-suggested list (publishers and organisations such as NICE) are never
 * candidates, nor are stop words.
 * <p>
 * Candidates are ranked by a score: how alike the letters are (Damerau-Levenshtein
 * similarity, 0 to 1), plus {@value #SOUND_WEIGHT} when they sound alike, plus up to
 * {@value #FREQUENCY_WEIGHT} for how many articles use the word (on a log scale), so a
 * common word the reader likely meant beats a rare one the same distance away. Built once
 * per index; immutable.
 */
final class SpellingCorrector {

	/** Shorter words are left as typed: too many words are one letter away from them. */
	static final int MIN_CORRECTABLE_LENGTH = 4;

	static final float SOUND_WEIGHT = 0.3f;

	static final float FREQUENCY_WEIGHT = 0.2f;

	/** A word that sounds right but shares fewer letters than this is not offered. */
	private static final float MIN_SOUND_ALIKE_SIMILARITY = 0.5f;

	/** Typos are looked for after the first letters, which readers rarely get wrong. */
	private static final int TYPO_FREE_PREFIX = 2;

	private static final int CANDIDATES = 10;

	private static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

	private static final LuceneLevenshteinDistance LETTERS = new LuceneLevenshteinDistance();

	private final IndexReader reader;

	private final ReaderWords readerWords;

	private final DirectSpellChecker shortWords = spellChecker(1);

	private final DirectSpellChecker longWords = spellChecker(2);

	/** The site's words by their Double Metaphone code. */
	private final Map<String, List<String>> wordsBySound;

	private final double maxLogFrequency;

	private SpellingCorrector(IndexReader reader, ReaderWords readerWords, Map<String, List<String>> wordsBySound) {
		this.reader = reader;
		this.readerWords = readerWords;
		this.wordsBySound = wordsBySound;
		this.maxLogFrequency = Math.log1p(Math.max(1, reader.numDocs()));
	}

	/**
	 * Reads the site's words from an index and groups them by sound.
	 * @param reader the index, with the words as typed in {@link SearchIndex#SPELLING}
	 * @param readerWords the writers' lists, for the words never suggested
	 * @return the corrector for that index
	 */
	static SpellingCorrector build(IndexReader reader, ReaderWords readerWords) {
		DoubleMetaphone sound = new DoubleMetaphone();
		Map<String, List<String>> bySound = new HashMap<>();
		try {
			Terms terms = MultiTerms.getTerms(reader, SearchIndex.SPELLING);
			if (terms != null) {
				TermsEnum words = terms.iterator();
				for (BytesRef term = words.next(); term != null; term = words.next()) {
					String word = term.utf8ToString();
					if (word.length() >= 3 && isLetters(word)) {
						bySound.computeIfAbsent(sound.doubleMetaphone(word), (code) -> new ArrayList<>()).add(word);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new SpellingCorrector(reader, readerWords, bySound);
	}

	/**
	 * The site's words the reader probably meant.
	 * @param word an unknown word as typed, lower case, at least
	 * {@value #MIN_CORRECTABLE_LENGTH} letters
	 * @param max how many to return at most
	 * @return the best candidates first; empty when none is close enough
	 */
	List<String> candidates(String word, int max) {
		try {
			Set<String> found = new LinkedHashSet<>();
			DirectSpellChecker spellChecker = (word.length() >= 8) ? this.longWords : this.shortWords;
			for (SuggestWord suggestion : spellChecker.suggestSimilar(new Term(SearchIndex.SPELLING, word), CANDIDATES,
					this.reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
				found.add(suggestion.string);
			}
			String code = new DoubleMetaphone().doubleMetaphone(word);
			for (String alike : this.wordsBySound.getOrDefault(code, List.of())) {
				if (LETTERS.getDistance(word, alike) >= MIN_SOUND_ALIKE_SIMILARITY) {
					found.add(alike);
				}
			}
			found.removeIf((candidate) -> candidate.equals(word) || !this.readerWords.maySuggest(candidate)
					|| STOP_WORDS.contains(candidate));
			Map<String, Double> scores = new HashMap<>();
			for (String candidate : found) {
				scores.put(candidate, score(word, code, candidate));
			}
			return scores.entrySet()
				.stream()
				.sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
					.thenComparing(Map.Entry::getKey))
				.limit(max)
				.map(Map.Entry::getKey)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private double score(String word, String code, String candidate) throws IOException {
		DoubleMetaphone sound = new DoubleMetaphone();
		boolean soundsAlike = code.equals(sound.doubleMetaphone(candidate))
				|| sound.doubleMetaphone(word, true).equals(sound.doubleMetaphone(candidate, true));
		double frequency = Math.log1p(this.reader.docFreq(new Term(SearchIndex.SPELLING, candidate)))
				/ this.maxLogFrequency;
		return LETTERS.getDistance(word, candidate) + (soundsAlike ? SOUND_WEIGHT : 0) + FREQUENCY_WEIGHT * frequency;
	}

	private static boolean isLetters(String word) {
		return word.chars().allMatch(Character::isLetter);
	}

	private static DirectSpellChecker spellChecker(int maxEdits) {
		DirectSpellChecker spellChecker = new DirectSpellChecker();
		spellChecker.setMaxEdits(maxEdits);
		spellChecker.setMinPrefix(TYPO_FREE_PREFIX);
		spellChecker.setMinQueryLength(MIN_CORRECTABLE_LENGTH);
		return spellChecker;
	}

}
