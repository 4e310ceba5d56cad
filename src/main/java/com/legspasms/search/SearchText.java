package com.legspasms.search;

/**
 * What a reader typed, made safe to work with: control and formatting characters removed,
 * white space collapsed, and cut to {@value #MAX_LENGTH} characters (never inside a
 * character).
 *
 * @param value the cleaned text
 * @param wasShortened whether the reader's text was longer than the limit
 */
public record SearchText(String value, boolean wasShortened) {

	/**
	 * The most characters of a reader's text that are searched; the rest is cut off.
	 */
	public static final int MAX_LENGTH = 200;

	public static SearchText of(String typed) {
		if (typed == null) {
			return new SearchText("", false);
		}
		String cleaned = typed.replaceAll("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}]", " ").replaceAll("\\s+", " ").strip();
		if (cleaned.codePointCount(0, cleaned.length()) <= MAX_LENGTH) {
			return new SearchText(cleaned, false);
		}
		int end = cleaned.offsetByCodePoints(0, MAX_LENGTH);
		return new SearchText(cleaned.substring(0, end).strip(), true);
	}

	public boolean isEmpty() {
		return this.value.isEmpty();
	}

}
