package com.legspasms.rendering;

import java.util.Set;

import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;

/**
 * Renders flexmark's admonition blocks as the site's care cards: a heading that states the action
 * and the writer's list of signs, styled by the site's own CSS (no icons or scripts).
 */
class CareCardRenderer implements NodeRenderer {

	@Override
	public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
		return Set.of(new NodeRenderingHandler<>(AdmonitionBlock.class, this::render));
	}

	private void render(AdmonitionBlock block, NodeRendererContext context, HtmlWriter html) {
		CareCardKind kind = CareCardKind.fromKey(block.getInfo().toString()).orElse(CareCardKind.NOTE);
		String title = block.getTitle().isBlank() ? kind.defaultTitle() : block.getTitle().toString().strip();
		html.line();
		html.attr("class", "care-card care-card--" + kind.key()).withAttr().tag("div");
		html.attr("class", "care-card__title").withAttr().tag("h3");
		html.attr("class", "visually-hidden").withAttr().tag("span");
		html.text(kind.hiddenPrefix() + " ");
		html.tag("/span");
		html.text(title);
		html.tag("/h3");
		html.attr("class", "care-card__body").withAttr().tag("div");
		html.indent();
		context.renderChildren(block);
		html.unIndent();
		html.tag("/div");
		html.tag("/div").line();
	}

}
