package com.legspasms.rendering;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;

/**
 * flexmark's autolink post-processor (GitHub's extended autolinks: {@code https://…},
 * {@code www.…} and e-mail addresses) behind a check of the text around each text node.
 * In flexmark 0.64.8 the post-processor runs an unanchored search for a bare
 * {@code scheme://} over every text node, which was over a tenth of rendering a
 * 10,000-article site although most paragraphs hold no address at all. Every link it can
 * make needs a {@code :} (a scheme), an {@code @} (an e-mail address) or {@code www.} (in
 * any case), and it only ever joins a text node with the nodes beside it in the same
 * parent; so a text node whose parent's text has none of these is left alone, and every
 * other one is handed to flexmark's post-processor unchanged.
 */
final class AutolinkGate extends NodePostProcessorFactory {

	private final AutolinkNodePostProcessor.Factory autolinks = new AutolinkNodePostProcessor.Factory();

	AutolinkGate() {
		super(false);
		addNodes(Text.class);
	}

	@Override
	public NodePostProcessor apply(Document document) {
		NodePostProcessor autolink = this.autolinks.apply(document);
		return new NodePostProcessor() {

			private Node lastParent;

			private boolean lastMayHoldLink;

			@Override
			public void process(NodeTracker state, Node node) {
				Node parent = node.getParent();
				if (parent == null || parent != this.lastParent) {
					this.lastParent = parent;
					this.lastMayHoldLink = mayHoldLink((parent != null) ? parent.getChars() : node.getChars());
				}
				if (this.lastMayHoldLink) {
					autolink.process(state, node);
				}
			}

		};
	}

	/**
	 * Whether a text could hold an address that an autolink is made from.
	 * @param chars the text of a block or inline element
	 * @return true when it holds {@code :}, {@code @} or {@code www.} in any case, or an
	 * {@code &} or a {@code \} (flexmark unescapes entities and backslash escapes before
	 * it looks for addresses, so {@code www&#46;nhs.uk} is linked too)
	 */
	static boolean mayHoldLink(CharSequence chars) {
		String text = chars.toString();
		if (text.indexOf(':') >= 0 || text.indexOf('@') >= 0 || text.indexOf('&') >= 0 || text.indexOf('\\') >= 0) {
			return true;
		}
		for (int at = text.indexOf('.'); at >= 0; at = text.indexOf('.', at + 1)) {
			if (at >= 3 && text.regionMatches(true, at - 3, "www", 0, 3)) {
				return true;
			}
		}
		return false;
	}

}
