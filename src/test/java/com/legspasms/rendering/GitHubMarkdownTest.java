package com.legspasms.rendering;

import java.util.Map;

import com.legspasms.pictures.PictureReference;
import com.legspasms.web.SiteUrls;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Markdown that writers preview on GitHub looks the same here: tables, footnotes,
 * strikethrough, bare links, nested lists in care cards, comments, reference-style
 * pictures.
 */
class GitHubMarkdownTest {

	private static final String LEG = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><title>A leg</title></svg>";

	private final MarkdownRenderer markdown = new MarkdownRenderer(new SiteUrls());

	@Test
	void shortRowsGetEmptyCellsLongRowsAreCutAndEmptyCellsStay() {
		Document html = render("""
				| A | B | C |
				|---|---|---|
				| 1 |
				| 1 | 2 | 3 | 4 |
				| | 2 | |
				""");
		assertThat(html.select("tbody tr")).hasSize(3);
		html.select("tbody tr").forEach((row) -> assertThat(row.select("td")).hasSize(3));
		assertThat(cells(html, 0)).containsExactly("1", "", "");
		assertThat(cells(html, 1)).containsExactly("1", "2", "3");
		assertThat(cells(html, 2)).containsExactly("", "2", "");
	}

	@Test
	void aTableWithNoRowsUnderItsHeaderHasNoEmptyBody() {
		Document html = render("""
				| Food | Mineral |
				| --- | --- |
				""");
		assertThat(html.select("thead th")).extracting(Element::text).containsExactly("Food", "Mineral");
		assertThat(html.select("tbody")).isEmpty();
	}

	@Test
	void anEscapedPipeInCodeInACellShowsNoBackslash() {
		Document html = render("""
				| Command | Meaning |
				|---|---|
				| `a \\| b` | either |
				""");
		assertThat(html.select("td code").text()).isEqualTo("a | b");
		assertThat(html.select("td")).hasSize(2);
	}

	@Test
	void footnotesRenderAsOnGitHubAndTheirLinksAreChecked() {
		RenderedBody body = this.markdown.render("""
				Cramps are common.[^1]

				[^1]: [NHS: Leg cramps](https://www.nhs.uk/conditions/leg-cramps/)
				""", 1);
		Document html = Jsoup.parseBodyFragment(body.html());
		assertThat(html.select("sup a[href^=#fn]").text()).isEqualTo("1");
		assertThat(html.select(".footnotes li a[href=https://www.nhs.uk/conditions/leg-cramps/]").text())
			.isEqualTo("NHS: Leg cramps");
		assertThat(html.text()).doesNotContain("[^1]");
		assertThat(body.links()).contains(new BodyLink("https://www.nhs.uk/conditions/leg-cramps/", 3));

		RenderedBody bad = this.markdown.render("Cramps.[^1]\n\n[^1]: [x](javascript:alert(1))\n", 1);
		assertThat(bad.issues()).extracting(MarkdownIssue::line).containsExactly(3);
		assertThat(Jsoup.parseBodyFragment(bad.html()).select("[href^=javascript]")).isEmpty();
	}

	@Test
	void footnoteNumbersFollowFirstUseAsOnGitHubWhenAFootnoteIsUsedAgain() {
		Document html = render("""
				A[^a] B[^b] C[^a]

				[^a]: First.
				[^b]: Second.
				""");
		assertThat(html.select("p sup a")).extracting(Element::text).containsExactly("1", "2", "1");
		assertThat(html.select(".footnotes li")).extracting(Element::text)
			.allSatisfy((text) -> assertThat(text).isNotEmpty());
		assertThat(html.select(".footnotes li").get(0).text()).startsWith("First.");
		assertThat(html.select(".footnotes li").get(1).text()).startsWith("Second.");
		// each reference links to its own footnote, and the footnote's back-references
		// lead to its references
		for (Element ref : html.select("p sup a")) {
			Element note = html.getElementById(ref.attr("href").substring(1));
			assertThat(note).isNotNull();
			assertThat(note.select("a[href=#" + ref.parent().id() + "]")).isNotEmpty();
		}
		assertThat(html.select(".footnotes li").get(0).select("a[href^=#fnref]")).hasSize(2);
	}

	@Test
	void bareWwwAddressesAndEmailAddressesAutolinkAsOnGitHub() {
		RenderedBody body = this.markdown.render("See www.nhs.uk/conditions for more. Email gp@example.org for help.",
				1);
		Document html = Jsoup.parseBodyFragment(body.html());
		assertThat(html.select("a")).extracting((a) -> a.attr("href"), Element::text)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("http://www.nhs.uk/conditions", "www.nhs.uk/conditions"),
					org.assertj.core.groups.Tuple.tuple("mailto:gp@example.org", "gp@example.org"));
		assertThat(body.links()).containsExactly(new BodyLink("http://www.nhs.uk/conditions", 1),
				new BodyLink("mailto:gp@example.org", 1));
		assertThat(body.issues()).isEmpty();
	}

	@Test
	void wwwAndEmailAutolinksWorkInTablesFootnotesAndCareCards() {
		RenderedBody body = this.markdown.render("""
				| Where |
				| --- |
				| www.nhs.uk |

				Cramps.[^1]

				[^1]: Ask gp@example.org.

				!!! note "Contact"
				    Write to help@example.org or see www.nhs.uk/111.
				""", 1);
		assertThat(Jsoup.parseBodyFragment(body.html()).select("a[href^=http:], a[href^=mailto:]").eachAttr("href"))
			.containsExactlyInAnyOrder("http://www.nhs.uk", "mailto:gp@example.org", "mailto:help@example.org",
					"http://www.nhs.uk/111");
	}

	/**
	 * The one deliberate difference the README's writing section describes: typographic
	 * quotes and dashes.
	 */
	@Test
	void quotesDashesAndEllipsesAreTypographicExceptInCode() {
		Document html = render("\"Rest\" -- it's 10--15 minutes --- or so... `\"x\" -- y...`");
		assertThat(html.selectFirst("p").ownText())
			.isEqualTo("\u201cRest\u201d \u2013 it\u2019s 10\u201315 minutes \u2014 or so\u2026");
		assertThat(html.select("code").text()).isEqualTo("\"x\" -- y...");
	}

	@Test
	void strikethroughAndBareUrlsRenderAsOnGitHub() {
		Document html = render("Take ~~two~~ one. See https://www.nhs.uk/conditions/leg-cramps/ for more.");
		assertThat(html.select("del").text()).isEqualTo("two");
		assertThat(html.select("a").eachAttr("href")).containsExactly("https://www.nhs.uk/conditions/leg-cramps/");
	}

	@Test
	void htmlCommentsAreDroppedNotShown() {
		Document html = render("""
				<!-- note to self: check the NHS page -->

				Cramps <!-- inline note --> are common.

				<!--
				a longer note
				-->
				""");
		assertThat(html.text()).isEqualTo("Cramps are common.");
		assertThat(html.html()).doesNotContain("note");
	}

	@Test
	void referenceStylePicturesFollowThePictureRules() {
		RenderedBody body = this.markdown.render("""
				![A leg with the calf marked][leg]

				[leg]: ../images/leg.svg "Cramps strike the calf."
				""", 1, Map.of("leg.svg", LEG));
		Document html = Jsoup.parseBodyFragment(body.html());
		assertThat(body.issues()).isEmpty();
		assertThat(body.pictures()).containsExactly(new PictureReference("leg.svg", 1));
		assertThat(html.select("figure svg").attr("aria-label")).isEqualTo("A leg with the calf marked");
		assertThat(html.select("figcaption").text()).isEqualTo("Cramps strike the calf.");
		assertThat(html.select("img")).isEmpty();

		RenderedBody bad = this.markdown
			.render("![][leg] and ![x][photo]\n\n[leg]: ../images/leg.svg\n[photo]: https://example.org/a.png\n", 1);
		assertThat(bad.issues()).extracting(MarkdownIssue::message)
			.containsExactly(
					"picture '../images/leg.svg' has no alternative text: say what it shows between the brackets, ![like this](../images/leg.svg)",
					"picture '../images/leg.svg' must be on a line of its own",
					"picture 'https://example.org/a.png': pictures are SVG files in content/images, shown as ![what it shows](../images/name.svg)");
	}

	@Test
	void aTableDirectlyUnderALineOfTextIsATable() {
		Document html = render("""
				Here is a table:
				| Food | Mineral |
				| --- | --- |
				| Banana | Potassium |
				""");
		assertThat(html.body().children()).extracting(Element::tagName).containsExactly("p", "table");
		assertThat(html.selectFirst("p").text()).isEqualTo("Here is a table:");
		assertThat(html.select("th")).extracting(Element::text).containsExactly("Food", "Mineral");
		assertThat(cells(html, 0)).containsExactly("Banana", "Potassium");
	}

	/**
	 * A table under text renders exactly as the same text and table with a blank line
	 * between them, and the text lines above the header row stay one paragraph.
	 */
	@ParameterizedTest
	@ValueSource(strings = { """
			Several lines
			of *text*, with a [link](https://www.nhs.uk/)
			| Food | Mineral |
			|:--- | ---:|
			| Banana |
			""", """
			First[^b].

			Then a footnote in the text above the table[^a]
			| a | b[^b] |
			| - | - |

			[^a]: A.
			[^b]: B.
			""", """
			Escaped pipes:
			| `a \\| b` and c \\| d | e |
			| --- | --- |
			| 1 \\| 2 | 3 |
			""", """
			> Quoted text
			> | a | b |
			> | - | - |
			> | 1 | 2 |
			""", """
			!!! note "A table in a card"
			    Text in the card
			    | a | b |
			    | - | - |
			""", """
			A table under text, then another.
			| a | b |
			| - | - |
			| 1 | 2 |

			More text
			| c |
			| --- |
			""" })
	void aTableUnderTextRendersAsTheSameTableAfterABlankLine(String markdown) {
		String separated = markdown.replaceFirst("\n((?:> |    )?)(\\|[^\n]*\\|\n(?:> |    )?\\|? *:?-)", "\n$1\n$1$2")
			.replaceFirst("(More text)\n", "$1\n\n");
		assertThat(separated).as("the test's own blank line").isNotEqualTo(markdown);
		Document html = render(markdown);
		assertThat(html.select("table")).isNotEmpty();
		assertThat(SpecExamplesTest.normalised(html.body().html()))
			.isEqualTo(SpecExamplesTest.normalised(render(separated).body().html()));
	}

	/** Where GitHub sees no table, the lines stay one paragraph of text. */
	@ParameterizedTest
	@ValueSource(strings = { """
			Header and delimiter rows whose cells do not match:
			| a | b | c |
			| --- | --- |
			""", """
			A delimiter-looking line with no row of cells above it
			just text
			--- | ---
			""", """
			An escaped pipe is no cell separator:
			a \\| b
			--- | ---
			""", """
			- a list item's text
			| a lazy line | b |
			| - | - |
			""", """
			> quoted text
			| a lazy line | b |
			| - | - |
			""", """
			```
			code
			| a | b |
			| - | - |
			```
			""" })
	void noTableWhereGitHubSeesNone(String markdown) {
		Document html = render(markdown);
		assertThat(html.select("table")).isEmpty();
		assertThat(html.select("p")).as("the text is not split into paragraphs").hasSizeLessThanOrEqualTo(1);
		assertThat(html.body().text()).contains("|");
	}

	@Test
	void aTableUnderTextInAListItemIsInTheItem() {
		Document html = render("""
				- Here is a table:
				  | a | b |
				  | - | - |
				  | 1 | 2 |
				- next item
				""");
		assertThat(html.select("ul > li")).hasSize(2);
		assertThat(html.select("ul > li:first-child > table td")).extracting(Element::text).containsExactly("1", "2");
		assertThat(html.selectFirst("ul > li").ownText()).isEqualTo("Here is a table:");
	}

	@Test
	void aTableUnderTextKeepsTheLinesOfItsLinksAndProblems() {
		RenderedBody body = this.markdown.render("""
				Intro with [a link](https://a.example/)
				and [a bad one](javascript:alert(1))
				| [Cell](https://b.example/) | b |
				| - | - |
				| [Row](https://c.example/) | d |
				""", 10);
		assertThat(body.links()).containsExactly(new BodyLink("https://a.example/", 10),
				new BodyLink("https://b.example/", 12), new BodyLink("https://c.example/", 14));
		assertThat(body.issues()).extracting(MarkdownIssue::line).containsExactly(11);
		assertThat(Jsoup.parseBodyFragment(body.html()).select("table a")).hasSize(2);
	}

	@Test
	void aListNestedInACareCardNests() {
		Document html = render("""
				!!! see-doctor "See a GP if:"
				    - your cramps last a long time
				        - or come back often
				    - you have weakness
				""");
		Element body = html.selectFirst(".care-card__body");
		assertThat(body.select("> ul > li")).extracting(Element::ownText)
			.containsExactly("your cramps last a long time", "you have weakness");
		assertThat(body.select("> ul > li > ul > li")).extracting(Element::text).containsExactly("or come back often");
	}

	/**
	 * A card's body renders exactly as the same Markdown, four spaces less indented,
	 * renders outside a card: ordered lists, deeper nesting, a paragraph then a list in
	 * an item, a lazy line.
	 */
	@ParameterizedTest
	@ValueSource(strings = { """
			1. cramps that last
			    1. over ten minutes
			        - even with stretching
			2. weakness
			""", """
			- cramps at night

			    More text about the same sign.

			    - one more level
			        1. and one more
			- numbness
			""", """
			- a sign written
			on two lines
			    - nested
			  - also nested (two spaces are enough, as on GitHub)
			""", """
			A paragraph first.

			> quoted
			> - a list in a quote
			>   - nested

			```
			code   keeps   its spaces
			    even indented ones
			```

			      - indented code keeps its spaces too
			""" })
	void aCareCardBodyRendersAsTheSameMarkdownOutsideACard(String markdown) {
		String card = "!!! note \"Note\"\n" + markdown.lines()
			.map((line) -> line.isEmpty() ? "" : "    " + line)
			.collect(java.util.stream.Collectors.joining("\n", "", "\n"));
		String inCard = render(card).selectFirst(".care-card__body").html();
		String outside = render(markdown).body().html();
		assertThat(SpecExamplesTest.normalised(inCard)).isEqualTo(SpecExamplesTest.normalised(outside));
		assertThat(Jsoup.parseBodyFragment(inCard).select("li li, blockquote li li").size()).isPositive();
	}

	private static java.util.List<String> cells(Document html, int row) {
		return html.select("tbody tr").get(row).select("td").stream().map(org.jsoup.nodes.Element::text).toList();
	}

	private Document render(String markdown) {
		return Jsoup.parseBodyFragment(this.markdown.render(markdown, 1).html());
	}

}
