package com.legspasms.sourcecheck;

/**
 * One web address written in a content file, where a writer would go to change it.
 *
 * @param file the file, as problems name it (relative to the working directory where
 * possible)
 * @param line the line it is on, from 1
 * @param url the address as written
 */
public record ExternalAddress(String file, int line, String url) {
}
