package com.legspasms.rendering;

import java.util.Set;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * Renders a text node that needs no changing as it is, and hands every other one to
 * flexmark's own renderer. flexmark 0.64.8 renders each text node as
 * {@code html.text(Escaping.normalizeEOL(chars.unescape()))}: a regex search for
 * {@code \} and {@code &} (backslash escapes and entities), a copy that turns {@code \r}
 * into line ends, and a regex search for the characters HTML escapes ({@code & < > "}),
 * each over flexmark's own character sequence, one character call at a time; that was
 * over a twentieth of loading a 10,000-article site (JFR, 2026-12-07). Text holding none
 * of {@code \ & \r < > "} comes out of all three unchanged, so it is appended straight
 * from the string it was parsed from; text holding any of them, or a NUL (which
 * flexmark's sequences read as U+FFFD, as CommonMark asks), or not taken whole from one
 * string, is rendered by flexmark ({@link NodeRendererContext#delegateRender()}).
 */
final class PlainTextRenderer implements NodeRenderer {

	@Override
	public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
		return Set.of(new NodeRenderingHandler<>(Text.class, PlainTextRenderer::render));
	}

	private static void render(Text node, NodeRendererContext context, HtmlWriter html) {
		String plain = plain(node.getChars());
		if (plain != null) {
			html.raw(plain);
		}
		else {
			context.delegateRender();
		}
	}

	/**
	 * The text as it is, when rendering would not change it.
	 * @param chars a text node's characters
	 * @return them as a string when they are one stretch of the parsed string and hold
	 * none of {@code \ & \r < > "} nor NUL; otherwise {@code null}
	 */
	static String plain(BasedSequence chars) {
		if (!(chars instanceof SubSequence) || !(chars.getBase() instanceof String source)) {
			return null;
		}
		int start = chars.getStartOffset();
		int end = chars.getEndOffset();
		for (int i = start; i < end; i++) {
			char c = source.charAt(i);
			if (c == '\\' || c == '&' || c == '\r' || c == '<' || c == '>' || c == '"' || c == '\0') {
				return null;
			}
		}
		return source.substring(start, end);
	}

}
