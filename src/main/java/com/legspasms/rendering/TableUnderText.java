package com.legspasms.rendering;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Lets a table interrupt a paragraph, as on GitHub: the line just above a delimiter row
 * is the table's header row, and the lines before it stay a paragraph (GFM spec, "Tables
 * (extension)": "The table is broken at the first empty line, or beginning of another
 * block-level structure"; cmark-gfm opens a table on a delimiter row inside a paragraph,
 * taking the paragraph's last line as the header). flexmark's tables extension only finds
 * a table at the start of a paragraph, so this pre-processor, which runs just before
 * flexmark's, moves the header row and the lines after it to the start of the paragraph
 * and lets flexmark's own table pre-processor decide: when it finds no table there (a
 * header and delimiter row whose cells do not match, say), the paragraph is left exactly
 * as it was. The text above the table becomes a paragraph of its own, with its source
 * positions kept, so {@code FILE:LINE} problems still name the right line.
 * <p>
 * As on GitHub, a delimiter row that is only a lazy continuation line (not indented or
 * quoted enough to be inside the paragraph's list item, card or block quote) does not
 * start a table.
 */
final class TableUnderText implements ParagraphPreProcessor {

	/**
	 * A line that may be a delimiter row: cells of dashes with optional colons, split by
	 * pipes.
	 */
	private static final Pattern DELIMITER_ROW = Pattern
		.compile("[ \\t]*\\|?[ \\t]*:?-+:?[ \\t]*(?:\\|[ \\t]*:?-+:?[ \\t]*)*\\|?[ \\t]*\\R?");

	/**
	 * flexmark's own table pre-processor, made when a paragraph first has a table below
	 * its first line (making one compiles a pattern, which cost more than most documents'
	 * check for a table).
	 */
	private ParagraphPreProcessor tables;

	private TableUnderText() {
	}

	/**
	 * Finds the first table that starts below the paragraph's first line and splits the
	 * paragraph there.
	 * @param paragraph a paragraph, after its reference definitions have been taken out
	 * @param state the parser's state
	 * @return the number of characters of the paragraph that the table took, or 0 when no
	 * table starts below its first line (flexmark's own pre-processor handles one at its
	 * start)
	 */
	@Override
	public int preProcessBlock(Paragraph paragraph, ParserState state) {
		List<BasedSequence> lines = List.copyOf(paragraph.getContentLines());
		if (lines.size() < 3 || startsTable(lines, 0)) {
			return 0;
		}
		for (int header = 1; header + 1 < lines.size(); header++) {
			if (!startsTable(lines, header) || isLazy(lines.get(header + 1), lines.get(0))) {
				continue;
			}
			Paragraph original = new Paragraph();
			original.setContent(paragraph, 0, lines.size());
			paragraph.setContent(original, header, lines.size());
			if (this.tables == null) {
				this.tables = TableParagraphPreProcessor.Factory().apply(state);
			}
			int used = this.tables.preProcessBlock(paragraph, state);
			if (used == 0) {
				paragraph.setContent(original, 0, lines.size());
				continue;
			}
			Paragraph text = new Paragraph();
			text.setContent(original, 0, header);
			Node table = paragraph.getPrevious();
			table.insertBefore(text);
			state.blockAdded(text);
			state.getInlineParser().parse(text.getContentChars(), text);
			return used;
		}
		return 0;
	}

	/**
	 * Whether line {@code header} has a pipe and the next line looks like a delimiter
	 * row.
	 * @param lines the paragraph's lines
	 * @param header the index (from 0) in {@code lines} of the line that would be the
	 * table's header row
	 * @return true when a table starts at that line
	 */
	private static boolean startsTable(List<BasedSequence> lines, int header) {
		return header + 1 < lines.size() && lines.get(header).indexOf('|') >= 0
				&& DELIMITER_ROW.matcher(lines.get(header + 1)).matches();
	}

	/**
	 * Whether a line of the paragraph is a lazy continuation line: it has fewer block
	 * quote markers than the paragraph's first line, or less indentation after them, so
	 * it belongs to the paragraph only as its continuation text and cannot start a block
	 * (CommonMark, "Paragraph continuation text"; cmark-gfm opens a table only where the
	 * paragraph's container continues).
	 * @param line a line of the paragraph after its first
	 * @param firstLine the paragraph's first line
	 * @return true when the line is a lazy continuation line
	 */
	private static boolean isLazy(BasedSequence line, BasedSequence firstLine) {
		String prefix = prefix(line);
		String firstPrefix = prefix(firstLine);
		return quotes(prefix) < quotes(firstPrefix) || indent(prefix) < indent(firstPrefix);
	}

	/**
	 * What stands on a content line's source line before its content: container markers
	 * and indentation.
	 * @param line a content line of the paragraph
	 * @return the characters of its source line before its content (possibly empty)
	 */
	private static String prefix(BasedSequence line) {
		BasedSequence source = line.getBaseSequence();
		int start = line.getStartOffset();
		int lineStart = start;
		while (lineStart > 0 && source.charAt(lineStart - 1) != '\n' && source.charAt(lineStart - 1) != '\r') {
			lineStart--;
		}
		return source.subSequence(lineStart, start).toString();
	}

	private static long quotes(String prefix) {
		return prefix.chars().filter((c) -> c == '>').count();
	}

	/**
	 * The columns after the last block quote marker and the one optional space that
	 * belongs to it.
	 * @param prefix what stands before a line's content (see {@link #prefix})
	 * @return the number of columns of indentation, tabs counted to the next multiple of
	 * 4
	 */
	private static int indent(String prefix) {
		String tail = prefix.substring(prefix.lastIndexOf('>') + 1);
		if (prefix.indexOf('>') >= 0 && tail.startsWith(" ")) {
			tail = tail.substring(1);
		}
		int column = 0;
		for (char c : tail.toCharArray()) {
			column = (c == '\t') ? (column / 4 + 1) * 4 : column + 1;
		}
		return column;
	}

	/**
	 * Registers the pre-processor after reference definitions and before flexmark's
	 * tables.
	 */
	static final class Factory implements ParagraphPreProcessorFactory {

		@Override
		public ParagraphPreProcessor apply(ParserState state) {
			return new TableUnderText();
		}

		@Override
		public Set<Class<?>> getAfterDependents() {
			return Set.of(ReferencePreProcessorFactory.class);
		}

		@Override
		public Set<Class<?>> getBeforeDependents() {
			return Set.of(TableParagraphPreProcessor.Factory().getClass());
		}

		@Override
		public boolean affectsGlobalScope() {
			return false;
		}

	}

}
