package com.legspasms.content;

/**
 * One of the writers' word lists in the content folder (such as {@code synonyms.txt}), as
 * read: the path to name in problems and the text, which the feature that uses the list
 * parses.
 *
 * @param file the path as a writer would type it (see {@link ContentLoader#displayPath})
 * @param text the file's text, empty when there is no such file
 */
public record WordList(String file, String text) {

}
