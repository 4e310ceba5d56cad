package com.legspasms.rendering;

/**
 * A heading in an article body with the id flexmark renders on it, its rendered text, and
 * the file line it is written on (0 when read from HTML that did not come from a file).
 *
 * @param level the heading's level, 1 to 6 ({@code #} to {@code ######})
 * @param id the id it is rendered with, as GitHub would give it
 * @param text its text as rendered (typographic quotes and all), without markup
 * @param line the line (from 1) of the article's file it is written on; 0 when not known
 */
public record Heading(int level, String id, String text, int line) {
}
