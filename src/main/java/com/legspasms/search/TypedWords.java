package com.legspasms.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * A reader's words as typed, and what they probably meant: first the writers'
 * reader-vocabulary rules ({@code nite => night}), then, for each word the site does not
 * know, the closest words it does know ({@link SpellingCorrector}). The corrections serve
 * twice: they are searched for, and the best ones make the corrected query offered as
 * "Did you mean".
 */
final class TypedWords {

	/** How many known words to try in place of each unknown one. */
	static final int CORRECTIONS_PER_WORD = 3;

	private final List<String> words;

	private final List<String> corrections;

	private final String suggestion;

	private TypedWords(List<String> words, List<String> corrections, String suggestion) {
		this.words = words;
		this.corrections = corrections;
		this.suggestion = suggestion;
	}

	static TypedWords of(String text, SearchAnalyzers analyzers, IndexReader reader, ReaderWords readerWords,
			SpellingCorrector corrector) {
		List<String> words = List
			.copyOf(new LinkedHashSet<>(SearchAnalyzers.tokens(analyzers.spelling(), SearchIndex.SPELLING, text)));
		List<String> corrections = new ArrayList<>();
		List<String> corrected = new ArrayList<>();
		try {
			for (int i = 0; i < words.size();) {
				ReaderWords.Rewrite rewrite = readerWords.rewriteAt(words, i);
				if (rewrite != null) {
					corrected.addAll(rewrite.meant());
					corrections.add(String.join(" ", rewrite.meant()));
					i += rewrite.typedWords();
					continue;
				}
				String word = words.get(i++);
				List<String> found = List.of();
				if (word.length() >= SpellingCorrector.MIN_CORRECTABLE_LENGTH
						&& reader.docFreq(new Term(SearchIndex.SPELLING, word)) == 0) {
					List<String> stems = stems(word, analyzers);
					found = isKnownStem(stems, reader)
							// Found by its stem ("stenosys", "stenosis"): only a spelling
							// of the same stem.
							? corrector.candidates(word, CORRECTIONS_PER_WORD)
								.stream()
								.filter((candidate) -> stems(candidate, analyzers).equals(stems))
								.limit(1)
								.toList()
							: corrector.candidates(word, CORRECTIONS_PER_WORD);
				}
				corrections.addAll(found);
				corrected.add(found.isEmpty() ? word : found.get(0));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String suggestion = (corrections.isEmpty() || corrected.equals(words)) ? null : String.join(" ", corrected);
		return new TypedWords(words, List.copyOf(corrections), suggestion);
	}

	List<String> words() {
		return this.words;
	}

	/**
	 * Every known word or phrase tried in place of an unknown or misspelt one.
	 * @return the corrections, each a known word or phrase; empty when every word is
	 * known
	 */
	List<String> allCorrections() {
		return this.corrections;
	}

	/**
	 * The words with each correction made (the best one for each word), or {@code null}
	 * if none was.
	 * @return the corrected words, or {@code null}
	 */
	String suggestion() {
		return this.suggestion;
	}

	private static List<String> stems(String word, SearchAnalyzers analyzers) {
		return SearchAnalyzers.tokens(analyzers.index(), SearchIndex.BODY, word);
	}

	/**
	 * Whether a word's stems (stretching → stretch) appear anywhere on the site.
	 * @param stems the word's stems
	 * @param reader the index to look in
	 * @return true when any of them is indexed
	 */
	private static boolean isKnownStem(List<String> stems, IndexReader reader) throws IOException {
		for (String stem : stems) {
			if (reader.docFreq(new Term(SearchIndex.BODY, stem)) > 0) {
				return true;
			}
		}
		return false;
	}

}
