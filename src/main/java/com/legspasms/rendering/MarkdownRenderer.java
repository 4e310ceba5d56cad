package com.legspasms.rendering;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.legspasms.content.Slug;
import com.legspasms.content.Urgency;
import com.legspasms.pictures.PictureReference;
import com.legspasms.pictures.PictureRenderer;
import com.legspasms.pictures.PictureSyntax;
import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import org.springframework.stereotype.Component;

/**
 * The site's Markdown dialect: CommonMark plus what GitHub adds (tables with GitHub's
 * rules, also directly under a line of text, footnotes, strikethrough, bare-URL links and
 * GitHub's heading ids), typographic quotes and dashes, and care cards. Raw HTML is shown
 * as text, except HTML comments, which are dropped as they are on GitHub. The parser and
 * renderer are built once and shared; flexmark makes them thread-safe once built.
 */
@Component
public class MarkdownRenderer {

	/**
	 * A paragraph that places a shared care block: {@code !!! care NAME}, alone on its
	 * line.
	 */
	private static final Pattern CARE_PLACEMENT = Pattern.compile("!!! care (" + Slug.REGEX + ")[ \\t]*");

	/**
	 * A paragraph that starts like a placement ({@code !!care x}, {@code !!! Care: x},
	 * {@code !!! care two words}): a near miss is refused rather than shown as text,
	 * because the card it meant to place would silently be missing.
	 */
	private static final Pattern CARE_PLACEMENT_ATTEMPT = Pattern.compile("(?i)!{2,}\\s*care\\b[\\s\\S]*");

	/**
	 * A line of a paragraph that starts like a care card but names no kind
	 * ({@code !!! "See a GP if:"}), so flexmark left it as text.
	 */
	private static final Pattern CARD_WITHOUT_KIND = Pattern.compile("(?m)^[ \\t]*(?:!!!|\\?\\?\\?)");

	private final DataHolder options;

	private final Parser parser;

	private final HtmlRenderer renderer;

	private final ArticleAddresses addresses;

	/**
	 * Sets up the flexmark parser and renderer with the site's extensions and options,
	 * once.
	 * @param addresses where the site serves its articles: links to other articles are
	 * rewritten to these addresses (the web layer's URL scheme, {@code web.SiteUrls})
	 */
	public MarkdownRenderer(ArticleAddresses addresses) {
		this.addresses = addresses;
		this.options = new MutableDataSet().set(HtmlRenderer.ESCAPE_HTML, true)
			.set(HtmlRenderer.GENERATE_HEADER_ID, true)
			.set(HtmlRenderer.RENDER_HEADER_ID, true)
			.set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true)
			.set(TablesExtension.WITH_CAPTION, false)
			.set(TablesExtension.CLASS_NAME, "data-table")
			// GitHub's table rules (flexmark's documented GFM settings): short rows get
			// empty cells,
			// cells beyond the header's are dropped, no column spans, the header and
			// separator must match.
			.set(TablesExtension.COLUMN_SPANS, false)
			.set(TablesExtension.APPEND_MISSING_COLUMNS, true)
			.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
			.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true)
			// GFM: a delimiter cell is one or more hyphens ("| - | - |"); flexmark asks
			// for three by default.
			.set(TablesExtension.MIN_SEPARATOR_DASHES, 1)
			// Not matched: GitHub splits a cell at an unescaped pipe inside `code` (GFM
			// spec, "Tables"); flexmark 0.64.8
			// keeps the code span whole and has no option for it. Writers escape it (\|),
			// which renders as on GitHub.
			// Line numbers by binary search over recorded lines, not by rescanning the
			// text per node.
			.set(Parser.TRACK_DOCUMENT_LINES, true)
			// The admonition extension otherwise rebuilds these maps (reading its icon
			// files) for every document;
			// care cards have no icons.
			.set(AdmonitionExtension.QUALIFIER_TYPE_MAP, AdmonitionExtension.getQualifierTypeMap())
			.set(AdmonitionExtension.QUALIFIER_TITLE_MAP, AdmonitionExtension.getQualifierTitleMap())
			.set(AdmonitionExtension.TYPE_SVG_MAP, Map.of())
			// A care card's body is read like a block quote's: a line belongs to the card
			// when it is indented by the
			// card's four spaces, and only those four are taken off, so a list nested
			// inside it nests as it would
			// outside. With lazy continuation on (flexmark's default) every line up to
			// the body's first blank
			// line is taken from its first non-space character instead, and nested lists
			// came out flat.
			// A paragraph's unindented continuation lines still join it (CommonMark's own
			// laziness).
			.set(AdmonitionExtension.ALLOW_LAZY_CONTINUATION, false)
			.toImmutable();
		List<Extension> shared = List.of(TablesExtension.create(), TypographicExtension.create(),
				FootnoteExtension.create(), StrikethroughExtension.create());
		List<Extension> parserExtensions = new ArrayList<>();
		parserExtensions.add(new SiteParsingExtension());
		parserExtensions.addAll(shared);
		List<Extension> rendererExtensions = new ArrayList<>(shared);
		rendererExtensions.add(new SiteRenderingExtension(addresses));
		this.parser = Parser.builder(this.options).extensions(parserExtensions).build();
		this.renderer = HtmlRenderer.builder(this.options).extensions(rendererExtensions).build();
	}

	/**
	 * Returns the article addresses links are rewritten to, for recognising links to
	 * articles.
	 * @return the article addresses links are rewritten to, for recognising links to
	 * articles
	 */
	public ArticleAddresses addresses() {
		return this.addresses;
	}

	/**
	 * Parses and renders an article body that shows no pictures and places no care
	 * blocks.
	 * @param markdown the body's Markdown, without front matter
	 * @param firstLine the file line (from 1) the body starts on, so that problems name
	 * the file's lines
	 * @return the HTML with its text model, links, pictures, care placements and
	 * problems, each at its file line
	 */
	public RenderedBody render(String markdown, int firstLine) {
		return render(markdown, firstLine, Map.of(), Map.of());
	}

	/**
	 * Parses and renders an article body that may show pictures but places no care
	 * blocks.
	 * @param markdown the body's Markdown, without front matter
	 * @param firstLine the file line (from 1) the body starts on, so that problems name
	 * the file's lines
	 * @param pictures the checked SVG markup of every picture, by file name
	 * @return the HTML with its text model, links, pictures, care placements and
	 * problems, each at its file line
	 */
	public RenderedBody render(String markdown, int firstLine, Map<String, String> pictures) {
		return render(markdown, firstLine, pictures, Map.of());
	}

	/**
	 * Parses an article body, removes any link whose scheme is not allowed and reports
	 * it, and renders it. Nothing a writer types makes this throw: input nested too
	 * deeply for the parser is refused before parsing (see {@link NestingLimit}), and any
	 * other failure of the parser becomes an issue at the body's first line.
	 * @param markdown the body
	 * @param firstLine the file line on which the body starts, for issue reports
	 * @param pictures the checked SVG markup of the pictures it may show, by file name
	 * @param careBlocks the rendered card of each shared care block it may place, by name
	 * (see {@link #renderCareBlock})
	 * @return the HTML and its text (read once, see {@link ArticleText}), with its
	 * headings, links, pictures, care block placements and any issues
	 */
	public RenderedBody render(String markdown, int firstLine, Map<String, String> pictures,
			Map<String, String> careBlocks) {
		Optional<MarkdownIssue> tooDeep = NestingLimit.check(markdown, firstLine);
		if (tooDeep.isPresent()) {
			return refused(tooDeep.get());
		}
		try {
			return parseChecked(markdown, firstLine, pictures, careBlocks);
		}
		catch (StackOverflowError ex) {
			return refused(new MarkdownIssue(firstLine, "nested too deeply for the parser: flatten the deepest part"));
		}
		catch (RuntimeException ex) {
			return refused(new MarkdownIssue(firstLine, "the parser could not read this body: " + ex));
		}
	}

	private static RenderedBody refused(MarkdownIssue issue) {
		return new RenderedBody("", ArticleText.EMPTY, List.of(), List.of(), List.of(), List.of(issue));
	}

	private RenderedBody parseChecked(String markdown, int firstLine, Map<String, String> pictures,
			Map<String, String> careBlocks) {
		Document document = this.parser.parse(markdown);
		List<com.vladsch.flexmark.ast.Heading> headingNodes = new ArrayList<>();
		List<Integer> headingLines = new ArrayList<>();
		List<BodyLink> links = new ArrayList<>();
		List<MarkdownIssue> issues = new ArrayList<>();
		List<PictureReference> pictureReferences = new ArrayList<>();
		List<Node> unsafe = new ArrayList<>();
		List<CarePlacement> placements = new ArrayList<>();
		List<Paragraph> placementParagraphs = new ArrayList<>();
		List<Node> comments = new ArrayList<>();
		List<Code> codeInCells = new ArrayList<>();
		List<Node> emptyTableBodies = new ArrayList<>();
		Set<FootnoteBlock> footnotesUsed = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Node node : document.getDescendants()) {
			int line = firstLine + document.getLineNumber(node.getStartOffset());
			if (node instanceof Paragraph paragraph && isPlacementAttempt(paragraph.getChars())) {
				checkPlacement(paragraph, line, careBlocks, placements, issues);
				placementParagraphs.add(paragraph);
			}
			else if (node instanceof Paragraph paragraph && isCardWithoutKind(paragraph.getChars())) {
				issues.add(new MarkdownIssue(line,
						"a care card needs its kind after '!!!', such as "
								+ "'!!! see-doctor \"See a GP if:\"' (use one of: " + CareCardKind.knownKeys()
								+ "); without it the card is shown as plain text"));
			}
			else if (node instanceof com.vladsch.flexmark.ast.Heading heading) {
				headingNodes.add(heading);
				headingLines.add(line);
			}
			else if (node instanceof AdmonitionBlock block && block.getInfo().toString().equalsIgnoreCase("care")) {
				// '!!! care' with no name (or with a title instead of one) is read as a
				// callout
				issues
					.add(new MarkdownIssue(line, "a care block placement needs the block's name: write '!!! care NAME' "
							+ "on a line of its own (known blocks: " + knownBlocks(careBlocks) + ")"));
			}
			else if (node instanceof AdmonitionBlock block
					&& CareCardKind.fromKey(block.getInfo().toString()).isEmpty()) {
				issues.add(new MarkdownIssue(line,
						"unknown callout '" + block.getInfo() + "' (use one of: " + CareCardKind.knownKeys() + ")"));
			}
			else if (node instanceof AdmonitionBlock block) {
				CareCardKind kind = CareCardKind.fromKey(block.getInfo().toString()).orElseThrow();
				String body = block.getChars().toString();
				// The title, then the body's lines, one file line each.
				String text = block.getTitle() + "\n" + body.substring(body.indexOf('\n') + 1);
				CareCardWording.problemIn(kind, text)
					.ifPresent((problem) -> issues.add(new MarkdownIssue(line + problem.line(), problem.message())));
			}
			else if (node instanceof HtmlCommentBlock || node instanceof HtmlInlineComment) {
				comments.add(node);
			}
			else if (node instanceof TableBody body && !body.hasChildren()) {
				// GitHub writes no <tbody> for a table with no rows under its header (GFM
				// spec, example 205).
				emptyTableBodies.add(body);
			}
			else if (node instanceof Code code && code.getAncestorOfType(TableCell.class) != null) {
				codeInCells.add(code);
			}
			else if (PictureSyntax.isImage(node)) {
				PictureSyntax.check(node, document, line, pictureReferences)
					.forEach((message) -> issues.add(new MarkdownIssue(line, message)));
			}
			else if (node instanceof RefNode refNode) {
				Reference reference = refNode.getReferenceNode(document);
				if (reference != null && !LinkSchemes.isAllowed(reference.getUrl().unescape())) {
					unsafe.add(node);
				}
				else if (reference != null) {
					links.add(new BodyLink(reference.getUrl().unescape(), line));
				}
			}
			else if (node instanceof Footnote footnote && footnote.getFootnoteBlock() != null
					&& footnotesUsed.add(footnote.getFootnoteBlock())) {
				footnote.getFootnoteBlock().setFirstReferenceOffset(footnote.getStartOffset());
			}
			else if (node instanceof LinkNodeBase || node instanceof AutoLink || node instanceof MailLink) {
				String url = urlOf(node);
				if (LinkSchemes.isAllowed(url)) {
					links.add(new BodyLink(url, line));
				}
				else {
					issues.add(new MarkdownIssue(line, "link to '" + url
							+ "' uses a scheme that is not allowed (use https:, http:, mailto: or another article)"));
					unsafe.add(node);
				}
			}
		}
		numberFootnotesByFirstUse(document);
		comments.forEach(Node::unlink);
		emptyTableBodies.forEach(Node::unlink);
		codeInCells.forEach(MarkdownRenderer::unescapePipes);
		unsafe.forEach(MarkdownRenderer::replaceWithText);
		for (int i = 0; i < placementParagraphs.size(); i++) {
			Paragraph paragraph = placementParagraphs.get(i);
			paragraph.insertBefore(new CarePlacementNode(placements.get(i).name()));
			paragraph.unlink();
		}
		document.set(PictureRenderer.PICTURES, pictures);
		document.set(CareCardRenderer.CARE_BLOCKS, careBlocks);
		String html = this.renderer.render(document);
		ArticleText text = ArticleText.fromHtml(html);
		List<Heading> headings = headings(headingNodes, headingLines, text);
		text = text.withHeadings(headings);
		headings.stream()
			.filter((heading) -> heading.id().isEmpty())
			.forEach((heading) -> issues.add(new MarkdownIssue(heading.line(), "heading '" + heading.text()
					+ "' has no letters or digits, so it cannot have an id to link to: add a word to it")));
		return new RenderedBody(html, text, List.copyOf(links), List.copyOf(pictureReferences), List.copyOf(placements),
				List.copyOf(issues));
	}

	/**
	 * Renders a shared care block as the card an article shows where it places the block.
	 * The body is the Markdown list of signs; a block may not hold headings, pictures or
	 * other blocks.
	 * @param name the block's name, which the card carries as {@code data-care-block}
	 * @param urgency how soon the reader must act, which sets the card's kind
	 * @param title the card's heading
	 * @param markdown the block's body
	 * @param firstLine the file line on which the body starts, for issue reports
	 * @return the card's HTML as {@link RenderedBody#html()}, with the body's links and
	 * any issues
	 */
	public RenderedBody renderCareBlock(String name, Urgency urgency, String title, String markdown, int firstLine) {
		RenderedBody body = render(markdown, firstLine, Map.of(), Map.of());
		List<MarkdownIssue> issues = new ArrayList<>(body.issues());
		body.headings()
			.forEach((heading) -> issues.add(new MarkdownIssue(heading.line(),
					"a care block holds only its list of signs: no headings (the card's heading is its 'title')")));
		body.pictures()
			.forEach((picture) -> issues.add(new MarkdownIssue(picture.line(), "a care block cannot show pictures")));
		body.carePlacements()
			.forEach((placement) -> issues
				.add(new MarkdownIssue(placement.line(), "a care block cannot place another care block")));
		// The title (from front matter, named at the body's first line), then the body's
		// lines from firstLine on.
		CareCardWording.problemIn(CareCardKind.of(urgency), title + "\n" + markdown)
			.ifPresent((problem) -> issues
				.add(new MarkdownIssue(firstLine + Math.max(0, problem.line() - 1), problem.message())));
		String card = CareCardRenderer.card(CareCardKind.of(urgency), title, body.html(), name);
		return new RenderedBody(card, ArticleText.EMPTY, body.links(), List.of(), List.of(), List.copyOf(issues));
	}

	/**
	 * Whether a paragraph starts like a care block placement
	 * ({@link #CARE_PLACEMENT_ATTEMPT}). Most paragraphs do not start with {@code !}, and
	 * are told so without running the pattern.
	 * @param text the paragraph's text
	 * @return true when it matches {@link #CARE_PLACEMENT_ATTEMPT}
	 */
	private static boolean isPlacementAttempt(BasedSequence text) {
		return text.length() > 1 && text.charAt(0) == '!' && CARE_PLACEMENT_ATTEMPT.matcher(text).matches();
	}

	/**
	 * Whether a line of a paragraph starts with a card marker but the paragraph is no
	 * card ({@link #CARD_WITHOUT_KIND}). Only a paragraph holding {@code !!!} or
	 * {@code ???} can, and most hold neither, so the multi-line pattern runs on the few
	 * that do.
	 * @param text the paragraph's text
	 * @return true when {@link #CARD_WITHOUT_KIND} finds a match in it
	 */
	private static boolean isCardWithoutKind(BasedSequence text) {
		return (text.indexOf("!!!") >= 0 || text.indexOf("???") >= 0) && CARD_WITHOUT_KIND.matcher(text).find();
	}

	private static void checkPlacement(Paragraph paragraph, int line, Map<String, String> careBlocks,
			List<CarePlacement> placements, List<MarkdownIssue> issues) {
		String text = paragraph.getChars().toString().strip();
		String firstLine = text.lines().findFirst().orElse("");
		Matcher matcher = CARE_PLACEMENT.matcher(firstLine);
		String name = matcher.matches() ? matcher.group(1) : "";
		placements.add(new CarePlacement(name, line));
		if (!matcher.matches()) {
			issues
				.add(new MarkdownIssue(line, "'" + firstLine + "' is not a care block placement: write '!!! care NAME' "
						+ "exactly, with the block's file name in lower case, such as '!!! care dvt-signs'"));
		}
		else if (text.contains("\n")) {
			issues.add(new MarkdownIssue(line,
					"'!!! care " + name + "' must be on a line of its own: leave a blank line after it"));
		}
		else if (placements.stream().filter((placement) -> placement.name().equals(name)).count() > 1) {
			issues.add(new MarkdownIssue(line,
					"care block '" + name + "' is already placed on this page at line "
							+ placements.stream()
								.filter((placement) -> placement.name().equals(name))
								.findFirst()
								.orElseThrow()
								.line()));
		}
		else if (!careBlocks.containsKey(name)) {
			issues.add(new MarkdownIssue(line,
					"unknown care block '" + name + "' (known blocks: " + knownBlocks(careBlocks) + ")"));
		}
	}

	private static String knownBlocks(Map<String, String> careBlocks) {
		return careBlocks.isEmpty() ? "none; add them to content/care/"
				: String.join(", ", new TreeSet<>(careBlocks.keySet()));
	}

	/**
	 * GitHub takes {@code \|} inside a table cell as a pipe that does not end the cell,
	 * even in code, and shows no backslash (GFM spec, "Tables", example 200); flexmark
	 * keeps the backslash in code.
	 * @param code a code span inside a table cell; its text is changed in place
	 */
	private static void unescapePipes(Code code) {
		if (code.getText().indexOf("\\|") >= 0) {
			code.setText(code.getText().replace("\\|", "|"));
		}
		for (Node child : code.getChildren()) {
			if (child instanceof Text text && text.getChars().indexOf("\\|") >= 0) {
				text.setChars(text.getChars().replace("\\|", "|"));
			}
		}
	}

	/**
	 * The headings as rendered: rendering gives them their ids, and their text is the
	 * rendered text, typographic quotes and all.
	 * @param nodes the parsed headings, in document order
	 * @param lines the file line of each of them, in the same order
	 * @param rendered the text read from the rendered HTML, whose headings carry the ids
	 * and text
	 * @return the headings, each with its level, id, rendered text and file line
	 */
	private static List<Heading> headings(List<com.vladsch.flexmark.ast.Heading> nodes, List<Integer> lines,
			ArticleText rendered) {
		Map<String, String> renderedText = rendered.headingTextById();
		List<Heading> headings = new ArrayList<>();
		for (int i = 0; i < nodes.size(); i++) {
			com.vladsch.flexmark.ast.Heading node = nodes.get(i);
			String id = (node.getAnchorRefId() != null) ? node.getAnchorRefId() : "";
			String text = renderedText.getOrDefault(id, node.getAnchorRefText());
			headings.add(new Heading(node.getLevel(), id, text, lines.get(i)));
		}
		return List.copyOf(headings);
	}

	/**
	 * GitHub numbers footnotes in the order of their first reference, lists them in that
	 * order and gives each reference a back-link. flexmark 0.64.8 orders them by their
	 * last reference instead ({@code FootnoteRepository.addFootnoteReference} overwrites
	 * the block's first-reference offset with every reference, and no option changes
	 * that), so {@code A[^a] B[^b] C[^a]} numbered a as 2.
	 * ({@code FootnoteBlock.addFirstReferenceOffset} keeps the larger offset, despite its
	 * name). The walk over the document, in document order, has set each block's offset
	 * to its first reference; this numbers them again from those offsets (the renderer
	 * numbers them once more, from the same offsets, as it starts).
	 * @param document the parsed body, walked already
	 */
	private static void numberFootnotesByFirstUse(Document document) {
		FootnoteExtension.FOOTNOTES.get(document).resolveFootnoteOrdinals();
	}

	/**
	 * Where a link leads, as the rendered page has it: a bare {@code www.} address gets
	 * {@code http://} and a bare or bracketed e-mail address {@code mailto:}, as GitHub
	 * links them (GFM spec, "Autolinks (extension)") and as flexmark renders them.
	 * @param node a link node of any kind flexmark makes
	 * @return its target as the page's {@code href} has it
	 */
	private static String urlOf(Node node) {
		if (node instanceof MailLink mailLink) {
			return "mailto:" + mailLink.getText().unescape();
		}
		if (node instanceof AutoLink autoLink) {
			String text = autoLink.getText().unescape();
			return text.startsWith("www.") ? "http://" + text : text;
		}
		return ((LinkNodeBase) node).getUrl().unescape();
	}

	/**
	 * Keeps what the reader sees of a link (its text) and drops where it points.
	 * @param node the link node, replaced in the tree by its children
	 */
	private static void replaceWithText(Node node) {
		if (node instanceof AutoLink autoLink) {
			node.insertBefore(new Text(autoLink.getText()));
		}
		else if (node instanceof MailLink mailLink) {
			node.insertBefore(new Text(mailLink.getText()));
		}
		Node child = node.getFirstChild();
		while (child != null) {
			Node next = child.getNext();
			node.insertBefore(child);
			child = next;
		}
		node.unlink();
	}

}
