package com.legspasms.rendering;

import java.util.Optional;

/**
 * Refuses Markdown nested more deeply than the parser can take, before it is parsed.
 * flexmark parses and renders nested block quotes, lists and emphasis recursively, so a
 * line of a thousand {@code >} (or {@code - - - ...}, or a run of thousands of {@code *})
 * exhausts a thread's stack. Real articles nest a few levels; the limits leave a wide
 * margin below where the stack runs out (about 400 levels on a default 1 MB thread stack,
 * measured).
 */
final class NestingLimit {

	/**
	 * Block quotes and list items inside each other, counting two columns of indentation
	 * as a level.
	 */
	static final int MAX_BLOCK_DEPTH = 50;

	/**
	 * A run of emphasis delimiters ({@code *}, {@code _}, {@code ~}) or of unclosed
	 * {@code [}.
	 */
	static final int MAX_INLINE_DEPTH = 100;

	private NestingLimit() {
	}

	/**
	 * The first line nested too deeply, as an issue.
	 * @param markdown an article body
	 * @param firstLine the file line on which it starts
	 * @return an issue {@code nested too deeply (limit N)} at the first such line, or
	 * empty
	 */
	static Optional<MarkdownIssue> check(String markdown, int firstLine) {
		int lineNumber = firstLine;
		int start = 0;
		int length = markdown.length();
		while (start <= length) {
			int end = markdown.indexOf('\n', start);
			if (end < 0) {
				end = length;
			}
			String line = markdown.substring(start, end);
			if (blockDepth(line) > MAX_BLOCK_DEPTH) {
				return Optional.of(new MarkdownIssue(lineNumber, "nested too deeply (limit " + MAX_BLOCK_DEPTH
						+ " levels of quotes, lists and indentation): flatten this part"));
			}
			if (inlineDepth(line) > MAX_INLINE_DEPTH) {
				return Optional.of(new MarkdownIssue(lineNumber, "nested too deeply (limit " + MAX_INLINE_DEPTH
						+ " emphasis marks or open brackets in a row): remove the repeated marks"));
			}
			lineNumber++;
			start = end + 1;
		}
		return Optional.empty();
	}

	/**
	 * Quote markers, list markers and indentation (two columns a level) at the start of a
	 * line.
	 * @param line a line of Markdown
	 * @return the number of block levels it opens
	 */
	static int blockDepth(String line) {
		int depth = 0;
		int columns = 0;
		int i = 0;
		int n = line.length();
		while (i < n) {
			char c = line.charAt(i);
			if (c == ' ') {
				columns++;
				i++;
			}
			else if (c == '\t') {
				columns += 4;
				i++;
			}
			else if (c == '>') {
				depth++;
				i++;
			}
			else if ((c == '-' || c == '*' || c == '+') && (i + 1 == n || isBlank(line.charAt(i + 1)))) {
				depth++;
				i++;
			}
			else if (Character.isDigit(c)) {
				int j = i;
				while (j < n && j - i < 9 && Character.isDigit(line.charAt(j))) {
					j++;
				}
				if (j < n && (line.charAt(j) == '.' || line.charAt(j) == ')')
						&& (j + 1 == n || isBlank(line.charAt(j + 1)))) {
					depth++;
					i = j + 1;
				}
				else {
					break;
				}
			}
			else {
				break;
			}
		}
		return depth + columns / 2;
	}

	/**
	 * The longest run of one emphasis delimiter, or the most {@code [} open at once.
	 * @param line a line of Markdown
	 * @return the deepest nesting of inline markup the line could make
	 */
	static int inlineDepth(String line) {
		int deepest = 0;
		int run = 0;
		char previous = 0;
		int openBrackets = 0;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '*' || c == '_' || c == '~') {
				run = (c == previous) ? run + 1 : 1;
				deepest = Math.max(deepest, run);
			}
			else {
				run = 0;
			}
			if (c == '\\') {
				i++;
				previous = 0;
				continue;
			}
			if (c == '[') {
				openBrackets++;
				deepest = Math.max(deepest, openBrackets);
			}
			else if (c == ']') {
				openBrackets = Math.max(0, openBrackets - 1);
			}
			previous = c;
		}
		return deepest;
	}

	private static boolean isBlank(char c) {
		return c == ' ' || c == '\t';
	}

}
