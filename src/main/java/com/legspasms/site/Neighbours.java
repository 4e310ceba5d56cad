package com.legspasms.site;

/**
 * The articles before and after one article in its category; either may be {@code null}.
 */
public record Neighbours(Article previous, Article next) {

	static final Neighbours NONE = new Neighbours(null, null);

}
