package com.legspasms.rendering;

/**
 * A heading in an article body with the id flexmark renders on it.
 */
public record Heading(int level, String id, String text, int line) {
}
