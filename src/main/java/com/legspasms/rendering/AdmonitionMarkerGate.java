package com.legspasms.rendering;

import java.util.Set;

import com.vladsch.flexmark.ext.admonition.internal.AdmonitionBlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;

/**
 * flexmark's admonition block parser (care cards, {@code !!! urgent "Title"}) behind a
 * check of the line's first characters. In flexmark 0.64.8 the parser's {@code tryStart}
 * compiles its start pattern for every line that could begin a block, whatever the line
 * holds, and that was about a tenth of rendering a 10,000-article site. An admonition
 * starts only with {@code !!!}, {@code ???} or {@code ???+} at the line's first non-space
 * character (the start pattern is anchored there), so every other line is refused without
 * asking the parser; the lines it is asked about, and so the blocks it makes, are
 * unchanged.
 */
final class AdmonitionMarkerGate implements CustomBlockParserFactory {

	private final AdmonitionBlockParser.Factory admonitions = new AdmonitionBlockParser.Factory();

	@Override
	public Set<Class<?>> getAfterDependents() {
		return this.admonitions.getAfterDependents();
	}

	@Override
	public Set<Class<?>> getBeforeDependents() {
		return this.admonitions.getBeforeDependents();
	}

	@Override
	public boolean affectsGlobalScope() {
		return this.admonitions.affectsGlobalScope();
	}

	@Override
	public SpecialLeadInHandler getLeadInHandler(DataHolder options) {
		return this.admonitions.getLeadInHandler(options);
	}

	@Override
	public BlockParserFactory apply(DataHolder options) {
		BlockParserFactory parser = this.admonitions.apply(options);
		return (state, matched) -> startsWithMarker(state) ? parser.tryStart(state, matched) : BlockStart.none();
	}

	/**
	 * Whether the line, from its first non-space character, begins with an admonition
	 * marker.
	 * @param state the parser's position in the document
	 * @return true when the line's text starts with {@code !!!} or {@code ???}
	 */
	private static boolean startsWithMarker(ParserState state) {
		BasedSequence line = state.getLine();
		int at = state.getNextNonSpaceIndex();
		return at + 3 <= line.length() && (line.matchChars("!!!", at) || line.matchChars("???", at));
	}

}
