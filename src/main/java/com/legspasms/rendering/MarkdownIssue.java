package com.legspasms.rendering;

/**
 * Something in an article body the site refuses to publish, at a line of the article's file.
 */
public record MarkdownIssue(int line, String message) {
}
