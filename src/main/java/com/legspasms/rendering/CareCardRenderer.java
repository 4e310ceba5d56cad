package com.legspasms.rendering;

import java.util.Map;
import java.util.Set;

import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * Renders care cards: flexmark's admonition blocks written in an article, and the shared
 * care blocks an article places with {@code !!! care NAME}. Both get the same markup: a
 * heading that states the action and the writer's list of signs, styled by the site's own
 * CSS (no icons or scripts). A placed block's card also carries
 * {@code data-care-block="NAME"}, so that checks can tell an article's own text from the
 * blocks it places.
 */
class CareCardRenderer implements NodeRenderer {

	/**
	 * The rendered card of each care block, by name, set on the document before
	 * rendering.
	 */
	static final DataKey<Map<String, String>> CARE_BLOCKS = new DataKey<>("LEG_SPASMS_CARE_BLOCKS", Map.of());

	/** The card's markup after its body. */
	private static final String CLOSING = "</div>\n</div>\n";

	/** The class of every card's outer element. */
	static final String CARD_CLASS = "care-card";

	/**
	 * The start of the class that gives a card's kind, such as {@code care-card--urgent}.
	 */
	static final String KIND_CLASS_PREFIX = CARD_CLASS + "--";

	/** The class of a card's heading. */
	static final String TITLE_CLASS = CARD_CLASS + "__title";

	/** The attribute that names the shared block a placed card shows. */
	static final String BLOCK_ATTRIBUTE = "data-care-block";

	/** The class of words only a screen reader hears. */
	static final String SCREEN_READER_ONLY_CLASS = "visually-hidden";

	@Override
	public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
		return Set.of(new NodeRenderingHandler<>(AdmonitionBlock.class, this::render),
				new NodeRenderingHandler<>(CarePlacementNode.class, this::render));
	}

	private void render(AdmonitionBlock block, NodeRendererContext context, HtmlWriter html) {
		CareCardKind kind = CareCardKind.fromKey(block.getInfo().toString()).orElse(CareCardKind.NOTE);
		String title = block.getTitle().isBlank() ? kind.defaultTitle() : block.getTitle().toString().strip();
		// The body is rendered in place, not into a sub-context's writer whose text is
		// copied in: that
		// copy lost the leading spaces of the lines of a code block written inside a
		// card.
		html.line();
		html.raw(opening(kind, title, null));
		context.renderChildren(block);
		html.line();
		html.raw(CLOSING);
		html.line();
	}

	private void render(CarePlacementNode placement, NodeRendererContext context, HtmlWriter html) {
		String card = CARE_BLOCKS.get(context.getDocument()).get(placement.name());
		if (card != null) {
			html.line();
			html.raw(card);
			html.line();
		}
	}

	/**
	 * The markup of one care card.
	 * @param kind its kind, which sets its colour and the words a screen reader hears
	 * first
	 * @param title its heading, as plain text
	 * @param bodyHtml the rendered list of signs
	 * @param blockName the shared block it shows, or {@code null} for a card written in
	 * the article
	 * @return the card's HTML
	 */
	static String card(CareCardKind kind, String title, String bodyHtml, String blockName) {
		return opening(kind, title, blockName) + bodyHtml.strip() + "\n" + CLOSING;
	}

	/**
	 * The card's markup up to its body: the heading and the body's opening tag.
	 * @param kind the card's kind, which gives its class and the words a screen reader
	 * hears first
	 * @param title the card's title as the writer wrote it, or {@code null} for the
	 * kind's standard one
	 * @param blockName the name of the care block the card shows, or {@code null} for a
	 * card written inline
	 * @return the HTML up to the card's body
	 */
	private static String opening(CareCardKind kind, String title, String blockName) {
		StringBuilder html = new StringBuilder(256);
		html.append("<div class=\"" + CARD_CLASS + " " + KIND_CLASS_PREFIX).append(kind.key()).append('"');
		if (blockName != null) {
			html.append(" " + BLOCK_ATTRIBUTE + "=\"").append(Escaping.escapeHtml(blockName, true)).append('"');
		}
		html.append(">\n<h3 class=\"" + TITLE_CLASS + "\"><span class=\"" + SCREEN_READER_ONLY_CLASS + "\">")
			.append(Escaping.escapeHtml(kind.hiddenPrefix() + " ", false))
			.append("</span>")
			.append(Escaping.escapeHtml(title, false))
			.append("</h3>\n<div class=\"care-card__body\">\n");
		return html.toString();
	}

}
