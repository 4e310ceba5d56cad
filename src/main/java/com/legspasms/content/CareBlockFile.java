package com.legspasms.content;

import java.util.Map;

/**
 * One care block file as read from disk: its front matter and the Markdown list of signs
 * below it.
 *
 * @param frontMatter the checked front matter
 * @param fieldLines the line of each front matter key, for problems found later
 * @param body the Markdown after the front matter; {@link ArticleBody#slug()} is the
 * block's name
 */
public record CareBlockFile(CareBlockFrontMatter frontMatter, Map<String, Integer> fieldLines, ArticleBody body) {

	public CareBlockFile {
		fieldLines = Map.copyOf(fieldLines);
	}

	/** The name articles place it by: the file name without {@code .md}. */
	public String name() {
		return this.body.slug();
	}

	public String file() {
		return this.body.file();
	}

	/** The line of a front matter field, or 1 when it is missing. */
	public int lineOf(String field) {
		return this.fieldLines.getOrDefault(field, 1);
	}

}
