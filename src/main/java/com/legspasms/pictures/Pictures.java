package com.legspasms.pictures;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import com.legspasms.content.ArticleBody;
import com.legspasms.content.ContentFiles;
import com.legspasms.content.ContentLayout;
import com.legspasms.content.ContentLoader;
import com.legspasms.content.ContentProblem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The pictures in {@code content/images/}: SVG drawings that pages show inline, so that
 * they take the page's colours (light, dark, print). Because they become part of the
 * page, each is checked against a short list of drawing elements and attributes: no
 * scripts, styles, links or ids. The rest of the picture feature is here too: how a page
 * shows one ({@link PictureSyntax}, with its rules), and how it is drawn into the page
 * ({@link PictureRenderer}).
 */
public final class Pictures {

	private static final Set<String> ELEMENTS = Set.of("svg", "g", "path", "circle", "ellipse", "rect", "line",
			"polyline", "polygon", "text", "tspan", "title", "desc");

	private static final Set<String> ATTRIBUTES = Set.of("xmlns", "viewbox", "role", "class", "d", "cx", "cy", "r",
			"rx", "ry", "x", "y", "x1", "y1", "x2", "y2", "dx", "dy", "width", "height", "points", "transform", "fill",
			"fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin",
			"stroke-dasharray", "stroke-opacity", "opacity", "font-family", "font-size", "font-weight", "text-anchor",
			"dominant-baseline", "letter-spacing");

	private final Map<String, String> markupByName;

	/** The pictures that are in the folder but were refused for their own problems. */
	private final Set<String> refused;

	/**
	 * The folder, as a writer would type it, named when a page shows a picture not in it.
	 */
	private final String folder;

	private Pictures(Map<String, String> markupByName, Set<String> refused, String folder) {
		this.markupByName = markupByName;
		this.refused = refused;
		this.folder = folder;
	}

	/**
	 * The checked SVG markup of every picture, by file name.
	 * @return the SVG markup of each picture, keyed by its file name (such as
	 * {@code leg-cramp-areas.svg})
	 */
	public Map<String, String> markupByName() {
		return this.markupByName;
	}

	public boolean contains(String fileName) {
		return this.markupByName.containsKey(fileName);
	}

	/**
	 * Reports each picture a body shows that is not in the folder, or that is there but
	 * was refused for its own problems (reported at the picture's file by {@link #load}),
	 * so the writer is not told a file is missing when it is not.
	 * @param body the article body, for its file
	 * @param shown the pictures it shows, with their lines
	 * @param problems where problems are added
	 */
	public void checkShown(ArticleBody body, List<PictureReference> shown, List<ContentProblem> problems) {
		shown.stream()
			.filter((picture) -> !contains(picture.fileName()))
			.forEach((picture) -> problems.add(body.problemAt(picture.line(),
					"picture '" + picture.fileName() + (this.refused.contains(picture.fileName())
							? "' was refused (see the problems of " + this.folder + "/" + picture.fileName() + ")"
							: "' is not in " + this.folder))));
	}

	/**
	 * Reads and checks every picture of a content folder, adding what is wrong to
	 * {@code problems} (including a file that is not UTF-8 or cannot be read). Hidden
	 * files are skipped.
	 * @param contentDir the folder holding {@code images/}
	 * @param problems where problems are added
	 * @return the pictures that passed every check
	 */
	public static Pictures load(Path contentDir, List<ContentProblem> problems) {
		Path folder = new ContentLayout(contentDir).images();
		Map<String, String> pictures = new TreeMap<>();
		Set<String> refused = new TreeSet<>();
		String shownFolder = ContentLoader.displayPath(folder);
		if (!Files.isDirectory(folder)) {
			return new Pictures(pictures, refused, shownFolder);
		}
		for (Path file : ContentFiles.list(folder, ".svg", problems)) {
			String text = ContentFiles.readUtf8(file, problems);
			String markup = (text != null) ? check(file, text, problems) : null;
			if (markup != null) {
				pictures.put(file.getFileName().toString(), markup);
			}
			else {
				refused.add(file.getFileName().toString());
			}
		}
		return new Pictures(Collections.unmodifiableMap(pictures), Collections.unmodifiableSet(refused), shownFolder);
	}

	private static String check(Path file, String text, List<ContentProblem> problems) {
		String shown = ContentLoader.displayPath(file);
		// A browser shows an inline SVG only if it is well-formed XML; jsoup would
		// quietly repair it
		// (an unclosed <g>, an undefined entity such as &nbsp;), so the site would show a
		// different
		// drawing from the one the writer sees when opening the file.
		SAXParseException notWellFormed = wellFormednessError(text);
		if (notWellFormed != null) {
			problems.add(new ContentProblem(shown, Math.max(1, notWellFormed.getLineNumber()),
					"not well-formed XML: " + notWellFormed.getMessage()));
			return null;
		}
		Parser parser = Parser.xmlParser().setTrackPosition(true).setTrackErrors(10);
		Document document = Jsoup.parse(text, "", parser);
		int before = problems.size();
		parser.getErrors()
			.forEach((error) -> problems.add(
					new ContentProblem(shown, lineOf(error, text), "not well-formed XML: " + error.getErrorMessage())));
		Element root = document.children().first();
		if (root == null || !root.tagName().equals("svg")) {
			problems.add(new ContentProblem(shown, 1, "a picture must be an SVG file whose root element is <svg>"));
			return null;
		}
		if (root.selectFirst("> title") == null) {
			problems.add(new ContentProblem(shown, line(root), "the picture needs a <title> saying what it shows"));
		}
		for (Element element : root.getAllElements()) {
			if (!ELEMENTS.contains(element.tagName())) {
				problems.add(new ContentProblem(shown, line(element),
						"element <" + element.tagName() + "> is not allowed in a picture (allowed: "
								+ String.join(", ", new TreeSet<>(ELEMENTS)) + ")"));
			}
			for (Attribute attribute : element.attributes()) {
				String name = attribute.getKey().toLowerCase(Locale.ROOT);
				if (!ATTRIBUTES.contains(name)) {
					problems.add(new ContentProblem(shown, line(element), "attribute '" + attribute.getKey() + "' on <"
							+ element.tagName() + "> is not allowed in a picture (no styles, scripts, links or ids)"));
				}
				else if (attribute.getValue()
					.toLowerCase(Locale.ROOT)
					.matches(".*(url\\(|javascript:|#[0-9a-f]{3}).*")) {
					problems.add(new ContentProblem(shown, line(element), "attribute '" + attribute.getKey()
							+ "' must not name a colour or a link; use currentColor or a class"));
				}
			}
		}
		return (problems.size() > before) ? null : root.outerHtml();
	}

	/**
	 * Parses the text with the JDK's XML parser, which follows the XML specification's
	 * well-formedness rules (external entities and DTDs are never loaded).
	 * @param text the picture's file, as text
	 * @return the first well-formedness error, with its line, or null when there is none
	 */
	private static SAXParseException wellFormednessError(String text) {
		try {
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.newSAXParser().parse(new InputSource(new StringReader(text)), new DefaultHandler());
			return null;
		}
		catch (SAXParseException ex) {
			return ex;
		}
		catch (SAXException | ParserConfigurationException | IOException ex) {
			return new SAXParseException(String.valueOf(ex.getMessage()), null, null, 1, 1);
		}
	}

	/**
	 * The line of a jsoup parse error, from its offset in the text.
	 * @param error the error jsoup reported
	 * @param text the text jsoup parsed
	 * @return the 1-based line of the error's offset (the last line when it is past the
	 * end)
	 */
	private static int lineOf(ParseError error, String text) {
		int end = Math.min(Math.max(error.getPosition(), 0), text.length());
		return 1 + (int) text.substring(0, end).chars().filter((c) -> c == '\n').count();
	}

	private static int line(Element element) {
		return element.sourceRange().start().lineNumber();
	}

}
