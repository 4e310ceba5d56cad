package com.legspasms.content;

/**
 * The Markdown body of one article file and where it starts, kept even when the file's
 * front matter is broken so that its links can still be checked and reported in the same
 * run.
 *
 * @param slug the file name without {@code .md}
 * @param file the path shown in problem reports, such as {@code content/articles/x.md}
 * @param markdown the text after the front matter
 * @param firstLine the file line on which the body starts
 */
public record ArticleBody(String slug, String file, String markdown, int firstLine) {

	public ContentProblem problemAt(int line, String message) {
		return new ContentProblem(this.file, line, message);
	}

}
