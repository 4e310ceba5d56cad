package com.legspasms.rendering;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.ext.admonition.internal.AdmonitionBlockParser;
import com.vladsch.flexmark.ext.admonition.internal.AdmonitionOptions;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;

/**
 * Parses care cards ({@code !!! urgent "Title"} and an indented body) into flexmark's
 * {@link AdmonitionBlock}, exactly as flexmark 0.64.8's {@link AdmonitionBlockParser}
 * does, with its options ({@link AdmonitionOptions}), but with the start pattern compiled
 * once: flexmark's parser compiles it again for every line that could begin a block,
 * whatever the line holds, which was about a tenth of rendering a 10,000-article site.
 * Lines that do not begin with {@code !!!} or {@code ???} are refused before any pattern
 * is used. {@code LibraryGatesTest} renders the same inputs with flexmark's own extension
 * and compares the HTML.
 */
final class CareCardBlockParser extends AbstractBlockParser {

	/** flexmark's {@code ADMONITION_START_FORMAT}: marker, qualifier, optional title. */
	private static final String START_FORMAT = "^(\\?{3}\\+|\\?{3}|!{3})\\s+(%s)(?:\\s+(%s))?\\s*$";

	/** The start pattern for each pair of attribute-name and title regexes in use. */
	private static final Map<String, Pattern> START_PATTERNS = new ConcurrentHashMap<>();

	private final AdmonitionBlock block = new AdmonitionBlock();

	private final AdmonitionOptions options;

	private boolean hadBlankLine;

	private CareCardBlockParser(AdmonitionOptions options) {
		this.options = options;
	}

	@Override
	public Block getBlock() {
		return this.block;
	}

	@Override
	public boolean isContainer() {
		return true;
	}

	@Override
	public boolean canContain(ParserState state, BlockParser blockParser, Block block) {
		return true;
	}

	@Override
	public BlockContinue tryContinue(ParserState state) {
		int nonSpaceIndex = state.getNextNonSpaceIndex();
		if (state.isBlank()) {
			this.hadBlankLine = true;
			return BlockContinue.atIndex(nonSpaceIndex);
		}
		if (!this.hadBlankLine && this.options.allowLazyContinuation) {
			return BlockContinue.atIndex(nonSpaceIndex);
		}
		if (state.getIndent() >= this.options.contentIndent) {
			return BlockContinue.atColumn(state.getColumn() + this.options.contentIndent);
		}
		return BlockContinue.none();
	}

	@Override
	public void closeBlock(ParserState state) {
		this.block.setCharsFromContent();
	}

	/** Registers the parser with flexmark, in place of the admonition extension's. */
	static final class Factory implements CustomBlockParserFactory {

		private final AdmonitionBlockParser.Factory admonitions = new AdmonitionBlockParser.Factory();

		@Override
		public Set<Class<?>> getAfterDependents() {
			return null;
		}

		@Override
		public Set<Class<?>> getBeforeDependents() {
			return null;
		}

		@Override
		public boolean affectsGlobalScope() {
			return false;
		}

		@Override
		public SpecialLeadInHandler getLeadInHandler(DataHolder options) {
			return this.admonitions.getLeadInHandler(options);
		}

		@Override
		public BlockParserFactory apply(DataHolder options) {
			return new StartFactory(options);
		}

	}

	/** Starts a card at a line that opens one. */
	private static final class StartFactory extends AbstractBlockParserFactory {

		private final AdmonitionOptions options;

		/**
		 * The start pattern for this document's parsing settings, looked up at its first
		 * marker line.
		 */
		private Pattern start;

		StartFactory(DataHolder options) {
			super(options);
			this.options = new AdmonitionOptions(options);
		}

		@Override
		public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
			if (state.getIndent() >= 4 || !startsWithMarker(state)) {
				return BlockStart.none();
			}
			int nextNonSpace = state.getNextNonSpaceIndex();
			BlockParser matched = matchedBlockParser.getBlockParser();
			boolean inParagraph = matched.isParagraphParser();
			boolean inParagraphListItem = inParagraph && matched.getBlock().getParent() instanceof ListItem
					&& matched.getBlock() == matched.getBlock().getParent().getFirstChild();
			if (!isMarker(state, inParagraph, inParagraphListItem)) {
				return BlockStart.none();
			}
			BasedSequence line = state.getLine();
			BasedSequence trySequence = line.subSequence(nextNonSpace, line.length());
			if (this.start == null) {
				this.start = START_PATTERNS.computeIfAbsent(String.format(START_FORMAT,
						state.getParsing().ATTRIBUTENAME, state.getParsing().LINK_TITLE_STRING), Pattern::compile);
			}
			Matcher matcher = this.start.matcher(trySequence);
			if (!matcher.find()) {
				return BlockStart.none();
			}
			CareCardBlockParser parser = new CareCardBlockParser(this.options);
			parser.block
				.setOpeningMarker(line.subSequence(nextNonSpace + matcher.start(1), nextNonSpace + matcher.end(1)));
			parser.block.setInfo(line.subSequence(nextNonSpace + matcher.start(2), nextNonSpace + matcher.end(2)));
			parser.block.setTitleChars((matcher.group(3) != null)
					? line.subSequence(nextNonSpace + matcher.start(3), nextNonSpace + matcher.end(3))
					: BasedSequence.NULL);
			return BlockStart.of(parser).atIndex(line.length());
		}

		/**
		 * flexmark's {@code isMarker}: whether a marker here may open a card, given what
		 * it would interrupt and how far it is indented.
		 * @param state the parser's position
		 * @param inParagraph whether the line would interrupt a paragraph
		 * @param inParagraphListItem whether that paragraph is a list item's first
		 * @return true when a card may open here
		 */
		private boolean isMarker(ParserState state, boolean inParagraph, boolean inParagraphListItem) {
			if (inParagraph && !this.options.interruptsParagraph) {
				return false;
			}
			if (!(this.options.allowLeadingSpace || state.getIndent() == 0)
					|| (inParagraphListItem && !this.options.interruptsItemParagraph)) {
				return false;
			}
			if (inParagraphListItem && !this.options.withSpacesInterruptsItemParagraph) {
				return state.getIndent() == 0;
			}
			return state.getIndent() < state.getParsing().CODE_BLOCK_INDENT;
		}

		/**
		 * Whether the line, from its first non-space character, begins with a marker.
		 * @param state the parser's position
		 * @return true when the line's text starts with {@code !!!} or {@code ???}
		 */
		private static boolean startsWithMarker(ParserState state) {
			BasedSequence line = state.getLine();
			int at = state.getNextNonSpaceIndex();
			return at + 3 <= line.length() && (line.matchChars("!!!", at) || line.matchChars("???", at));
		}

	}

}
