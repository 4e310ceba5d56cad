package com.legspasms.rendering;

/**
 * Something in an article body the site refuses to publish, at a line of the article's
 * file.
 *
 * @param line the line (from 1) of the article's file
 * @param message what is wrong and how to fix it, as one sentence
 */
public record MarkdownIssue(int line, String message) {
}
