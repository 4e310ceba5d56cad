package com.legspasms.pictures;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.legspasms.content.ContentLayout;
import com.legspasms.content.Slug;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * What a writer's image syntax says, whether inline ({@code ![alt](url "title")}) or by
 * reference ({@code ![alt][ref]} with {@code [ref]: url "title"} elsewhere), so both go
 * through the same picture rules (CommonMark spec, "Images").
 *
 * @param url the image address, unescaped
 * @param alt the alternative text
 * @param title the title (the figure's caption), empty when there is none
 */
public record PictureSyntax(String url, String alt, String title) {

	private static final Pattern PICTURE_URL = Pattern
		.compile("\\.\\./" + Pattern.quote(ContentLayout.IMAGES) + "/(" + Slug.REGEX + "\\.svg)");

	/**
	 * Reads an image node.
	 * @param node any node
	 * @param document the document holding the references
	 * @return the picture, or {@code null} when the node is not an image or names no
	 * reference
	 */
	public static PictureSyntax of(Node node, Document document) {
		if (node instanceof Image image) {
			return new PictureSyntax(image.getUrl().unescape(), image.getText().unescape(),
					image.getTitle().unescape());
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

	/**
	 * Whether a node is image syntax, inline or by reference.
	 * @param node any node
	 * @return whether it is an image
	 */
	public static boolean isImage(Node node) {
		return node instanceof Image || node instanceof ImageRef;
	}

	/**
	 * Checks how a page shows a picture: an SVG file in {@code content/images} written as
	 * {@code ../images/name.svg}, with alternative text, on a line of its own.
	 * @param node an image node ({@link #isImage})
	 * @param document the document holding the references
	 * @param line the file line the image is on
	 * @param shown where the picture is added when it names a picture file
	 * @return what is wrong, one message each (empty when nothing is)
	 */
	public static List<String> check(Node node, Document document, int line, List<PictureReference> shown) {
		PictureSyntax picture = of(node, document);
		List<String> problems = new ArrayList<>();
		if (picture == null) {
			return problems;
		}
		String url = picture.url();
		String fileName = fileName(url);
		if (fileName == null) {
			problems.add("picture '" + url
					+ "': pictures are SVG files in content/images, shown as ![what it shows](../images/name.svg)");
			return problems;
		}
		if (picture.alt().isBlank()) {
			problems.add("picture '" + url
					+ "' has no alternative text: say what it shows between the brackets, ![like this](" + url + ")");
		}
		if (!(node.getParent() instanceof Paragraph paragraph) || loneImage(paragraph) != node) {
			problems.add("picture '" + url + "' must be on a line of its own");
		}
		shown.add(new PictureReference(fileName, line));
		return problems;
	}

	/**
	 * The file name of a picture link such as {@code ../images/leg.svg}.
	 * @param url the link as written
	 * @return the file name, or {@code null} when the link is not to a picture file
	 */
	static String fileName(String url) {
		Matcher matcher = PICTURE_URL.matcher(url);
		return matcher.matches() ? matcher.group(1) : null;
	}

	/**
	 * The image (inline or by reference) a paragraph holds and nothing else.
	 * @param paragraph any paragraph
	 * @return the image, or {@code null}
	 */
	public static Node loneImage(Paragraph paragraph) {
		Node only = paragraph.getFirstChild();
		return (isImage(only) && only.getNext() == null) ? only : null;
	}

}
