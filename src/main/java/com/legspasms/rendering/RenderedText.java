package com.legspasms.rendering;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The text a reader sees in rendered article HTML, block by block: each paragraph, list item,
 * heading and table cell once, without words that are only there for screen readers.
 */
public final class RenderedText {

	private static final String BLOCKS = "p, li, h1, h2, h3, h4, h5, h6, td, th, dt, dd, blockquote";

	private static final String NESTED_BLOCKS = "p, ul, ol, li, table, blockquote, div, h1, h2, h3, h4, h5, h6";

	private RenderedText() {
	}

	public static List<String> blocks(String html) {
		Element body = Jsoup.parseBodyFragment(html).body();
		body.select(".visually-hidden").remove();
		List<String> blocks = new ArrayList<>();
		for (Element block : body.select(BLOCKS)) {
			Element copy = block.clone();
			copy.children().select(NESTED_BLOCKS).forEach(Element::remove);
			String text = copy.text();
			if (!text.isBlank()) {
				blocks.add(text);
			}
		}
		return blocks;
	}

}
