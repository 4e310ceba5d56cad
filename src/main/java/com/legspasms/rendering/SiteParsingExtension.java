package com.legspasms.rendering;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Plugs the site's own pieces into flexmark's parser: tables written directly under a
 * line of text ({@link TableUnderText}), care cards parsed as flexmark's admonition
 * parser does but without compiling a pattern per line ({@link CareCardBlockParser}), and
 * flexmark's autolink post-processor behind a check that spares it the text it cannot
 * match ({@link AutolinkGate}); these two take the place of {@code AdmonitionExtension}
 * and {@code AutolinkExtension} in the parser.
 */
class SiteParsingExtension implements Parser.ParserExtension {

	@Override
	public void parserOptions(MutableDataHolder options) {
	}

	@Override
	public void extend(Parser.Builder builder) {
		builder.paragraphPreProcessorFactory(new TableUnderText.Factory());
		builder.customBlockParserFactory(new CareCardBlockParser.Factory());
		builder.postProcessorFactory(new AutolinkGate());
	}

}
