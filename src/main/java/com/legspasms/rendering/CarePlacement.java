package com.legspasms.rendering;

/**
 * A line {@code !!! care NAME} in an article: the shared care block it places, and where.
 *
 * @param name the care block's name (its file name in {@code content/care/} without
 * {@code .md})
 * @param line the file line of the placement
 */
public record CarePlacement(String name, int line) {
}
