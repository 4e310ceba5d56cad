package com.legspasms.rendering;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * What a writer's image syntax says, whether inline ({@code ![alt](url "title")}) or by reference
 * ({@code ![alt][ref]} with {@code [ref]: url "title"} elsewhere), so both go through the same
 * picture rules (CommonMark spec, "Images").
 *
 * @param url the image address, unescaped
 * @param alt the alternative text
 * @param title the title (the figure's caption), empty when there is none
 */
record PictureSyntax(String url, String alt, String title) {

	/**
	 * Reads an image node.
	 * @param node any node
	 * @param document the document holding the references
	 * @return the picture, or {@code null} when the node is not an image or names no reference
	 */
	static PictureSyntax of(Node node, Document document) {
		if (node instanceof Image image) {
			return new PictureSyntax(image.getUrl().unescape(), image.getText().unescape(), image.getTitle().unescape());
		}
		if (node instanceof ImageRef imageRef) {
			Reference reference = imageRef.getReferenceNode(document);
			if (reference == null) {
				return null;
			}
			return new PictureSyntax(reference.getUrl().unescape(), imageRef.getText().unescape(),
					reference.getTitle().unescape());
		}
		return null;
	}

	static boolean isImage(Node node) {
		return node instanceof Image || node instanceof ImageRef;
	}

}
