package com.legspasms.rendering;

/**
 * A link in an article body, with its target decoded from Markdown escapes and HTML entities.
 */
public record BodyLink(String url, int line) {
}
