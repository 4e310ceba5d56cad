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
		return blocks(Jsoup.parseBodyFragment(html).body());
	}

	/** The blocks of the care cards alone, and of the body without them. */
	public static Split splitCareCards(String html) {
		Element body = Jsoup.parseBodyFragment(html).body();
		Element cards = new Element("div");
		body.select(".care-card").forEach(cards::appendChild);
		return new Split(blocks(body), blocks(cards));
	}

	private static List<String> blocks(Element body) {
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

	/** An article's text in two parts: its own prose, and its care cards. */
	public record Split(List<String> prose, List<String> careCards) {
	}

}
