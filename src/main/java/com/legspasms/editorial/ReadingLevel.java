package com.legspasms.editorial;

import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import com.legspasms.rendering.RenderedText;

/**
 * Word count and Flesch-Kincaid grade of rendered article HTML. The text is read from the HTML
 * (not the Markdown), block by block: each paragraph, list item, heading and table cell counts as at
 * least one sentence, as a reader takes it in.
 *
 * @param words words in the text
 * @param sentences sentences in the text
 * @param syllables syllables in the text, by the usual vowel-group estimate
 */
public record ReadingLevel(int words, int sentences, int syllables) {

	private static final Pattern WORD = Pattern.compile("[A-Za-z0-9]+(?:['\u2019-][A-Za-z0-9]+)*");

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=[\"'\u201D\u2019)]*(\\s|$))");

	/**
	 * Reading level of all the text in rendered HTML.
	 * @param html rendered article HTML
	 */
	public static ReadingLevel ofHtml(String html) {
		return of(RenderedText.blocks(html));
	}

	/**
	 * Reading level of the text an article wrote itself, without the shared care blocks it places
	 * (those are measured once, in their own files).
	 * @param html rendered article HTML
	 */
	public static ReadingLevel ofOwnText(String html) {
		return of(RenderedText.ownBlocks(html));
	}

	private static ReadingLevel of(List<String> blocks) {
		int words = 0;
		int sentences = 0;
		int syllables = 0;
		for (String text : blocks) {
			List<String> blockWords = WORD.matcher(text).results().map(MatchResult::group).toList();
			if (blockWords.isEmpty()) {
				continue;
			}
			words += blockWords.size();
			syllables += blockWords.stream().mapToInt(ReadingLevel::syllables).sum();
			sentences += Math.max(1, (int) SENTENCE_END.matcher(text).results().count());
		}
		return new ReadingLevel(words, sentences, syllables);
	}

	/** Flesch-Kincaid grade level: about the school year a reader needs. */
	public double grade() {
		if (this.words == 0) {
			return 0;
		}
		return 0.39 * this.words / this.sentences + 11.8 * this.syllables / this.words - 15.59;
	}

	static int syllables(String word) {
		String letters = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
		if (letters.length() <= 3) {
			return 1;
		}
		letters = letters.replaceAll("(?:[^laeiouy]es|ed|[^laeiouy]e)$", "").replaceAll("^y", "");
		int groups = (int) Pattern.compile("[aeiouy]{1,2}").matcher(letters).results().count();
		return Math.max(1, groups);
	}

}
