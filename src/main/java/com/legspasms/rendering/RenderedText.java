package com.legspasms.rendering;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The text a reader sees in rendered article HTML, block by block: each paragraph, list item,
 * heading and table cell once, without words that are only there for screen readers.
 */
public final class RenderedText {

	// Parsed once: this runs for every article on every content load.
	private static final Evaluator BLOCKS = QueryParser.parse("p, li, h1, h2, h3, h4, h5, h6, td, th, dt, dd, blockquote");

	private static final Evaluator NESTED_BLOCKS = QueryParser
		.parse("p, ul, ol, li, table, blockquote, div, h1, h2, h3, h4, h5, h6");

	private static final Evaluator CARE_CARDS = QueryParser.parse(".care-card");

	private static final Evaluator PLACED_CARE_BLOCKS = QueryParser.parse("[data-care-block]");

	private static final Evaluator SCREEN_READER_ONLY = QueryParser.parse(".visually-hidden");

	private RenderedText() {
	}

	public static List<String> blocks(String html) {
		return blocks(Jsoup.parseBodyFragment(html).body());
	}

	/**
	 * The text blocks an article wrote itself: without the shared care blocks it places.
	 * @param html rendered article HTML
	 * @return each block's text, in order
	 */
	public static List<String> ownBlocks(String html) {
		Element body = Jsoup.parseBodyFragment(html).body();
		body.select(PLACED_CARE_BLOCKS).remove();
		return blocks(body);
	}

	/** The blocks of the care cards alone, and of the body without them. */
	public static Split splitCareCards(String html) {
		Element body = Jsoup.parseBodyFragment(html).body();
		Element cards = new Element("div");
		body.select(CARE_CARDS).forEach(cards::appendChild);
		return new Split(blocks(body), blocks(cards));
	}

	private static List<String> blocks(Element body) {
		body.select(SCREEN_READER_ONLY).remove();
		List<String> blocks = new ArrayList<>();
		for (Element block : body.select(BLOCKS)) {
			Element copy = block.clone();
			copy.children().forEach((child) -> child.select(NESTED_BLOCKS).forEach(Element::remove));
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
