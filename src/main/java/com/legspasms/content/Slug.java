package com.legspasms.content;

import java.util.regex.Pattern;

/**
 * The one rule for the names the site builds addresses and file names from: article
 * slugs, category keys, care block names and picture names. A name is lower-case letters
 * and digits, in words joined by single dashes ({@code leg-cramps-at-night}); it never
 * starts or ends with a dash. Every class that matches such a name uses {@link #REGEX} or
 * {@link #isValid(String)}.
 */
public final class Slug {

	/**
	 * The rule as a regular expression with no groups, for embedding in larger patterns.
	 */
	public static final String REGEX = "[a-z0-9]+(?:-[a-z0-9]+)*";

	private static final Pattern PATTERN = Pattern.compile(REGEX);

	private Slug() {
	}

	/**
	 * Whether a name follows the rule.
	 * @param name a slug, key or name as written; {@code null} is not valid
	 * @return {@code true} when the whole name matches {@link #REGEX}
	 */
	public static boolean isValid(String name) {
		return name != null && PATTERN.matcher(name).matches();
	}

	/**
	 * The compiled rule, for callers that need a {@link Pattern} (such as Bean
	 * Validation's).
	 * @return the pattern matching a whole valid name
	 */
	public static Pattern pattern() {
		return PATTERN;
	}

}
