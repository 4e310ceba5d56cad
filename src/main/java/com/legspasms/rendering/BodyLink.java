package com.legspasms.rendering;

/**
 * A link in an article body, with its target decoded from Markdown escapes and HTML
 * entities.
 *
 * @param url the link's target, decoded
 * @param line the line (from 1) of the article's file the link is written on
 */
public record BodyLink(String url, int line) {
}
