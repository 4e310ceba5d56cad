package com.legspasms.rendering;

import java.util.Arrays;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.sequence.BasedSequence;

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
		int[] triggers = triggers(document.getChars());
		return new NodePostProcessor() {

			@Override
			public void process(NodeTracker state, Node node) {
				Node parent = node.getParent();
				int start = node.getStartOffset();
				int end = node.getEndOffset();
				if (parent != null) {
					start = Math.min(start, parent.getStartOffset());
					end = Math.max(end, parent.getEndOffset());
				}
				if (anyWithin(triggers, start, end)) {
					autolink.process(state, node);
				}
			}

		};
	}

	/**
	 * Where a document's text has a character an address may need: each {@code :},
	 * {@code @}, {@code &} and {@code \}, and the dot of each {@code www.} in any case
	 * (flexmark unescapes entities and backslash escapes before it looks for addresses,
	 * so {@code www&#46;nhs.uk} counts too).
	 * @param text the document's text, whose offsets its nodes' offsets are
	 * @return the offsets, in increasing order
	 */
	static int[] triggers(CharSequence text) {
		// A parsed document's text is a view of the String the parser was given, at the
		// same offsets; copying it char by char took most of this scan's time.
		String chars = (text instanceof BasedSequence based && based.getStartOffset() == 0
				&& based.getBase() instanceof String base && base.length() == based.length()) ? base : text.toString();
		int[] found = new int[16];
		int count = 0;
		for (int at = 0; at < chars.length(); at++) {
			char c = chars.charAt(at);
			boolean trigger = c == ':' || c == '@' || c == '&' || c == '\\'
					|| (c == '.' && at >= 3 && chars.regionMatches(true, at - 3, "www", 0, 3));
			if (trigger) {
				if (count == found.length) {
					found = Arrays.copyOf(found, count * 2);
				}
				found[count++] = at;
			}
		}
		return Arrays.copyOf(found, count);
	}

	/**
	 * Whether any offset lies in a range.
	 * @param offsets offsets in increasing order
	 * @param start the range's first offset
	 * @param end the offset just after the range
	 * @return true when some offset is at least {@code start} and less than {@code end}
	 */
	private static boolean anyWithin(int[] offsets, int start, int end) {
		int at = Arrays.binarySearch(offsets, start);
		int first = (at >= 0) ? at : -at - 1;
		return first < offsets.length && offsets[first] < end;
	}

}
