package com.legspasms.rendering;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Plugs the site's own pieces into flexmark's parser: tables written directly under a
 * line of text ({@link TableUnderText}).
 */
class SiteParsingExtension implements Parser.ParserExtension {

	@Override
	public void parserOptions(MutableDataHolder options) {
	}

	@Override
	public void extend(Parser.Builder builder) {
		builder.paragraphPreProcessorFactory(new TableUnderText.Factory());
	}

}
