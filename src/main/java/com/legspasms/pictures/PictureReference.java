package com.legspasms.pictures;

/**
 * A picture an article shows: {@code ![alternative text](../images/file.svg "caption")}.
 *
 * @param fileName the picture's file name in {@code content/images}
 * @param line the file line it is on
 */
public record PictureReference(String fileName, int line) {
}
