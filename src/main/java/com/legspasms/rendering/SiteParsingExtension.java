package com.legspasms.rendering;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Plugs the site's own pieces into flexmark's parser: tables written directly under a
 * line of text ({@link TableUnderText}), and flexmark's care-card (admonition) parser and
 * autolink post-processor behind checks that spare them the lines and text they cannot
 * match ({@link AdmonitionMarkerGate}, {@link AutolinkGate}); these two take the place of
 * {@code AdmonitionExtension} and {@code AutolinkExtension} in the parser.
 */
class SiteParsingExtension implements Parser.ParserExtension {

	@Override
	public void parserOptions(MutableDataHolder options) {
	}

	@Override
	public void extend(Parser.Builder builder) {
		builder.paragraphPreProcessorFactory(new TableUnderText.Factory());
		builder.customBlockParserFactory(new AdmonitionMarkerGate());
		builder.postProcessorFactory(new AutolinkGate());
	}

}
