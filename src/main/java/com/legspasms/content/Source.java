package com.legspasms.content;

/**
 * A publication an article's facts come from.
 */
public record Source(String title, String url) {
}
