package com.legspasms.rendering;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word count and Flesch-Kincaid grade of text blocks. The text is the rendered article's
 * (not the Markdown's), block by block as {@link ArticleText} reads it: each paragraph,
 * list item, heading and table cell counts as at least one sentence, as a reader takes it
 * in. Measured from the article's text model, which is read once when the article is
 * rendered ({@link ArticleText#ownReading()}).
 *
 * @param words words in the text
 * @param sentences sentences in the text
 * @param syllables syllables in the text, by the usual vowel-group estimate
 */
public record ReadingLevel(int words, int sentences, int syllables) {

	private static final Pattern WORD = Pattern.compile("[A-Za-z0-9]+(?:['\u2019-][A-Za-z0-9]+)*");

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=[\"'\u201D\u2019)]*(\\s|$))");

	private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]");

	private static final Pattern SILENT_ENDING = Pattern.compile("(?:[^laeiouy]es|ed|[^laeiouy]e)$");

	private static final Pattern LEADING_Y = Pattern.compile("^y");

	private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]{1,2}");

	/**
	 * Reading level of all the text in a piece of rendered HTML, such as a shared care
	 * block's card (an article's own text is measured from its text model:
	 * {@link ArticleText#ownReading()}).
	 * @param html rendered HTML
	 * @return its reading level
	 */
	public static ReadingLevel ofHtml(String html) {
		return of(ArticleText.fromHtml(html).texts());
	}

	/**
	 * Reading level of text blocks.
	 * @param blocks each block's text, in order
	 * @return the words, sentences and syllables of them all
	 */
	public static ReadingLevel of(List<String> blocks) {
		int words = 0;
		int sentences = 0;
		int syllables = 0;
		for (String text : blocks) {
			Matcher word = WORD.matcher(text);
			int blockWords = 0;
			while (word.find()) {
				blockWords++;
				syllables += syllables(word.group());
			}
			if (blockWords == 0) {
				continue;
			}
			words += blockWords;
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
		String letters = NOT_LETTER.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
		if (letters.length() <= 3) {
			return 1;
		}
		letters = LEADING_Y.matcher(SILENT_ENDING.matcher(letters).replaceAll("")).replaceAll("");
		int groups = (int) VOWEL_GROUP.matcher(letters).results().count();
		return Math.max(1, groups);
	}

}
