package com.legspasms.rendering;

/**
 * A heading in an article body with the id flexmark renders on it, its rendered text, and the file
 * line it is written on (0 when read from HTML that did not come from a file).
 */
public record Heading(int level, String id, String text, int line) {
}
