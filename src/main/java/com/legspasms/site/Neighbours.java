package com.legspasms.site;

/**
 * The articles before and after one article in its category; either may be {@code null}.
 *
 * @param previous the article before it, or {@code null} for the first
 * @param next the article after it, or {@code null} for the last
 */
public record Neighbours(Article previous, Article next) {

	static final Neighbours NONE = new Neighbours(null, null);

}
