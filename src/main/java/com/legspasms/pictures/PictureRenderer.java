package com.legspasms.pictures;

import java.util.Map;
import java.util.Set;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Renders a paragraph holding only a picture as a figure with the SVG drawing inline, so
 * that it takes the page's colours; the alternative text labels it for screen readers and
 * the image title, if any, becomes its caption.
 */
public class PictureRenderer implements NodeRenderer {

	/**
	 * The checked SVG markup of each picture, by file name, set on the document before
	 * rendering.
	 */
	public static final DataKey<Map<String, String>> PICTURES = new DataKey<>("LEG_SPASMS_PICTURES", Map.of());

	@Override
	public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
		return Set.of(new NodeRenderingHandler<>(Paragraph.class, this::render));
	}

	private void render(Paragraph paragraph, NodeRendererContext context, HtmlWriter html) {
		Node image = PictureSyntax.loneImage(paragraph);
		PictureSyntax picture = (image != null) ? PictureSyntax.of(image, context.getDocument()) : null;
		String fileName = (picture != null) ? PictureSyntax.fileName(picture.url()) : null;
		String markup = (fileName != null) ? PICTURES.get(context.getDocument()).get(fileName) : null;
		if (markup == null) {
			context.delegateRender();
			return;
		}
		Element svg = Jsoup.parse(markup, "", Parser.xmlParser()).selectFirst("svg");
		svg.attr("class", "figure__picture").attr("role", "img").attr("aria-label", picture.alt());
		html.line();
		html.attr("class", "figure").withAttr().tag("figure");
		html.raw(svg.outerHtml());
		String caption = picture.title();
		if (!caption.isBlank()) {
			html.tag("figcaption");
			html.text(caption);
			html.tag("/figcaption");
		}
		html.tag("/figure").line();
	}

}
