package com.legspasms.content;

import java.util.List;
import java.util.Map;

/**
 * One article file as read from disk: its front matter and its Markdown body, with the
 * line numbers that cross-file checks need to point a writer at the right place.
 *
 * @param frontMatter the parsed front matter
 * @param fieldLines the line of each front matter key
 * @param relatedLines the line of each entry of {@code related}, in order
 * @param body the Markdown after the front matter
 */
public record ArticleFile(FrontMatter frontMatter, Map<String, Integer> fieldLines, List<Integer> relatedLines,
		ArticleBody body) {

	public ArticleFile {
		fieldLines = Map.copyOf(fieldLines);
		relatedLines = List.copyOf(relatedLines);
	}

	public String slug() {
		return this.body.slug();
	}

	public String file() {
		return this.body.file();
	}

	public int lineOf(String field) {
		return this.fieldLines.getOrDefault(field, 1);
	}

	public ContentProblem problemAt(int line, String message) {
		return this.body.problemAt(line, message);
	}

}
