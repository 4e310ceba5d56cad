package com.legspasms.rendering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The text of one rendered article, read once when it is rendered so that search, the
 * editorial rules and the content report never parse its HTML or know the renderer's
 * class names (after Hugo's {@code ContentProvider}: plain text, word count, computed
 * once per page).
 *
 * @param blocks the text a reader sees, block by block in reading order: each paragraph,
 * list item, heading and table cell once (a block's text leaves out the blocks nested in
 * it, which come as blocks of their own), without words that are only there for screen
 * readers
 * @param headings the headings written in Markdown, with their ids and levels, in order
 * (not the care cards' titles); their line is the file line when rendered from a file,
 * else 0
 * @param careCards every care card, written in the article or placed from a shared block,
 * in the order they open
 * @param links the target of every link as rendered ({@code href}), in order, with
 * rewritten article links and footnote links
 */
public record ArticleText(List<TextBlock> blocks, List<Heading> headings, List<CareCard> careCards,
		List<String> links) {

	/** The text of a body that could not be rendered. */
	public static final ArticleText EMPTY = new ArticleText(List.of(), List.of(), List.of(), List.of());

	private static final Evaluator BLOCKS = QueryParser
		.parse("p, li, h1, h2, h3, h4, h5, h6, td, th, dt, dd, blockquote");

	private static final Evaluator NESTED_BLOCKS = QueryParser
		.parse("p, ul, ol, li, table, blockquote, div, h1, h2, h3, h4, h5, h6");

	/** Headings written in Markdown carry an id; the care cards' titles do not. */
	private static final Evaluator HEADINGS = QueryParser.parse("h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]");

	private static final Evaluator LINKS = QueryParser.parse("a[href]");

	private static final Evaluator CARE_CARDS = QueryParser.parse("." + CareCardRenderer.CARD_CLASS);

	private static final Evaluator CARE_CARD_TITLE = QueryParser.parse("." + CareCardRenderer.TITLE_CLASS);

	private static final Evaluator SCREEN_READER_ONLY = QueryParser
		.parse("." + CareCardRenderer.SCREEN_READER_ONLY_CLASS);

	private static final String CARD_KIND_PREFIX = CareCardRenderer.KIND_CLASS_PREFIX;

	public ArticleText {
		blocks = TextBlocks.of(blocks);
		headings = List.copyOf(headings);
		careCards = List.copyOf(careCards);
		links = List.copyOf(links);
	}

	/**
	 * Reads the text of rendered HTML, parsing it once. Headings get line 0;
	 * {@link MarkdownRenderer} gives them their lines with {@link #withHeadings}.
	 * @param html the HTML as {@link MarkdownRenderer} renders it
	 * @return its text
	 */
	public static ArticleText fromHtml(String html) {
		Element body = Jsoup.parseBodyFragment(html).body();
		// Links and the words of placed care blocks repeat across articles: one copy of
		// each serves all.
		List<String> links = body.select(LINKS).eachAttr("href").stream().map(String::intern).toList();
		List<Heading> headings = new ArrayList<>();
		for (Element heading : body.select(HEADINGS)) {
			headings.add(new Heading(heading.tagName().charAt(1) - '0', heading.id(), heading.text(), 0));
		}
		body.select(SCREEN_READER_ONLY).remove();
		Map<Element, CardBuilder> cards = new IdentityHashMap<>();
		List<CardBuilder> cardsInOrder = new ArrayList<>();
		for (Element card : body.select(CARE_CARDS)) {
			CardBuilder builder = new CardBuilder(card);
			cards.put(card, builder);
			cardsInOrder.add(builder);
		}
		List<TextBlock> blocks = new ArrayList<>();
		for (Element block : body.select(BLOCKS)) {
			String text = ownText(block);
			if (text.isBlank()) {
				continue;
			}
			CardBuilder card = nearestCard(block, cards);
			boolean placed = card != null && isInPlacedBlock(block);
			TextBlock.Origin origin = (card != null)
					? (placed ? TextBlock.Origin.PLACED_CARE_BLOCK : TextBlock.Origin.CARE_CARD)
					: TextBlock.Origin.PROSE;
			blocks.add(new TextBlock(text, origin));
			if (card != null) {
				card.text.add(text.intern());
			}
		}
		return new ArticleText(blocks, headings, cardsInOrder.stream().map(CardBuilder::build).toList(), links);
	}

	/**
	 * The same text with the headings given their file lines.
	 * @param headings the headings, as {@link MarkdownRenderer} found them in the
	 * Markdown
	 * @return a copy with those headings
	 */
	public ArticleText withHeadings(List<Heading> headings) {
		return new ArticleText(this.blocks, headings, this.careCards, this.links);
	}

	/**
	 * Word count and reading grade of the article's own words: every block except those
	 * of the shared care blocks it places (they are measured once, in their own files).
	 * Measured when asked (by the editorial rules and the content report), not while the
	 * site loads: counting every article's syllables took about a quarter of the time to
	 * load 10,000 articles (JFR, 2026-11-29).
	 * @return the reading level of the article's own text
	 */
	public ReadingLevel ownReading() {
		return ReadingLevel
			.of(this.blocks.stream().filter((block) -> block.origin().isOwn()).map(TextBlock::text).toList());
	}

	/** The rendered text of each heading by id, the first one when ids repeat. */
	Map<String, String> headingTextById() {
		Map<String, String> byId = new HashMap<>();
		this.headings.forEach((heading) -> byId.putIfAbsent(heading.id(), heading.text()));
		return byId;
	}

	/**
	 * All the text a reader sees, as one line: the blocks joined by spaces, for checks
	 * that look for phrases anywhere. Joined when asked, not held: an article already
	 * holds its blocks, and a second copy of every article's text would grow the site's
	 * heap by as much again.
	 * @return the text of every block, in order, separated by single spaces
	 */
	public String plainText() {
		return String.join(" ", texts());
	}

	/** Every block's text, in order. */
	public List<String> texts() {
		return this.blocks.stream().map(TextBlock::text).toList();
	}

	/** The blocks of the article's prose: every block outside the care cards. */
	public List<String> proseTexts() {
		return this.blocks.stream()
			.filter((block) -> block.origin() == TextBlock.Origin.PROSE)
			.map(TextBlock::text)
			.toList();
	}

	/**
	 * The blocks of the care cards, card by card (a card's title first), cards in the
	 * order they open.
	 */
	public List<String> careCardTexts() {
		return this.careCards.stream().flatMap((card) -> card.text().stream()).toList();
	}

	/**
	 * The heading with an id, if the body has one.
	 * @param id a heading id such as {@code when-to-see-a-doctor}
	 * @return the first heading with that id, or {@code null}
	 */
	public Heading heading(String id) {
		return this.headings.stream().filter((heading) -> heading.id().equals(id)).findFirst().orElse(null);
	}

	/** Whether the body shows a care card of this kind. */
	public boolean hasCareCard(CareCardKind kind) {
		return this.careCards.stream().anyMatch((card) -> card.kind() == kind);
	}

	/**
	 * A block's text without the blocks nested in it, as jsoup's {@link Element#text()}
	 * gives it.
	 */
	private static String ownText(Element block) {
		for (Element child = block.firstElementChild(); child != null; child = child.nextElementSibling()) {
			if (!child.select(NESTED_BLOCKS).isEmpty()) {
				Element copy = block.clone();
				copy.children().forEach((copied) -> copied.select(NESTED_BLOCKS).forEach(Element::remove));
				return copy.text();
			}
		}
		return block.text();
	}

	private static CardBuilder nearestCard(Element block, Map<Element, CardBuilder> cards) {
		if (cards.isEmpty()) {
			return null;
		}
		for (Element parent = block.parent(); parent != null; parent = parent.parent()) {
			CardBuilder card = cards.get(parent);
			if (card != null) {
				return card;
			}
		}
		return null;
	}

	private static boolean isInPlacedBlock(Element block) {
		for (Element parent = block.parent(); parent != null; parent = parent.parent()) {
			if (parent.hasAttr(CareCardRenderer.BLOCK_ATTRIBUTE)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * One block of text.
	 *
	 * @param text what a reader sees, white space collapsed
	 * @param origin whose words they are
	 */
	public record TextBlock(String text, Origin origin) {

		/** Whose words a block holds. */
		public enum Origin {

			/** The article's own words, outside any care card. */
			PROSE,

			/** The article's own words, in a care card written in the article. */
			CARE_CARD,

			/**
			 * A shared care block's words, in the card the article places
			 * ({@code !!! care NAME}).
			 */
			PLACED_CARE_BLOCK;

			/**
			 * Whether the article wrote these words itself.
			 * @return false for the text of a care block placed with
			 * {@code !!! care NAME}, true otherwise
			 */
			public boolean isOwn() {
				return this != PLACED_CARE_BLOCK;
			}

		}

	}

	/**
	 * One care card.
	 *
	 * @param kind its level of care (or a plain note)
	 * @param title its title, without the words only a screen reader hears
	 * @param text its blocks (its title first), without those of cards nested in it
	 * @param blockName the shared care block it shows, or {@code null} for a card written
	 * in the article
	 */
	public record CareCard(CareCardKind kind, String title, List<String> text, String blockName) {

		public CareCard {
			text = List.copyOf(text);
		}

	}

	private static final class CardBuilder {

		private final CareCardKind kind;

		private final String title;

		private final String blockName;

		private final List<String> text = new ArrayList<>();

		CardBuilder(Element card) {
			this.kind = card.classNames()
				.stream()
				.filter((name) -> name.startsWith(CARD_KIND_PREFIX))
				.findFirst()
				.flatMap((name) -> CareCardKind.fromKey(name.substring(CARD_KIND_PREFIX.length())))
				.orElse(CareCardKind.NOTE);
			Element title = card.selectFirst(CARE_CARD_TITLE);
			this.title = (title != null) ? title.text().intern() : "";
			String name = card.attr(CareCardRenderer.BLOCK_ATTRIBUTE);
			this.blockName = name.isEmpty() ? null : name;
		}

		CareCard build() {
			return new CareCard(this.kind, this.title, this.text, this.blockName);
		}

	}

}
