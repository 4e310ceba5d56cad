package com.legspasms.content;

/**
 * One thing wrong with the content, pointing at the file and line a writer must fix.
 *
 * @param file the file's path as a writer would type it
 * @param line the line (from 1); 0 or less for a problem with the whole file, shown as
 * {@code FILE: message}
 * @param message what is wrong, as one sentence
 */
public record ContentProblem(String file, int line, String message) implements Comparable<ContentProblem> {

	@Override
	public int compareTo(ContentProblem other) {
		int byFile = this.file.compareTo(other.file);
		return (byFile != 0) ? byFile : Integer.compare(this.line, other.line);
	}

	@Override
	public String toString() {
		return (this.line > 0) ? this.file + ":" + this.line + ": " + this.message : this.file + ": " + this.message;
	}

}
