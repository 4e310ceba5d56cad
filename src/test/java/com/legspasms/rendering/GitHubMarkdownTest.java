package com.legspasms.rendering;

import java.util.Map;

import com.legspasms.pictures.PictureReference;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Markdown that writers preview on GitHub looks the same here: tables, footnotes, strikethrough,
 * bare links, nested lists in care cards, comments, reference-style pictures.
 */
class GitHubMarkdownTest {

	private static final String LEG = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><title>A leg</title></svg>";

	private final MarkdownRenderer markdown = new MarkdownRenderer();

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
		ParsedBody body = this.markdown.parse("""
				Cramps are common.[^1]

				[^1]: [NHS: Leg cramps](https://www.nhs.uk/conditions/leg-cramps/)
				""", 1);
		Document html = Jsoup.parseBodyFragment(body.html());
		assertThat(html.select("sup a[href^=#fn]").text()).isEqualTo("1");
		assertThat(html.select(".footnotes li a[href=https://www.nhs.uk/conditions/leg-cramps/]").text())
			.isEqualTo("NHS: Leg cramps");
		assertThat(html.text()).doesNotContain("[^1]");
		assertThat(body.links()).contains(new BodyLink("https://www.nhs.uk/conditions/leg-cramps/", 3));

		ParsedBody bad = this.markdown.parse("Cramps.[^1]\n\n[^1]: [x](javascript:alert(1))\n", 1);
		assertThat(bad.issues()).extracting(MarkdownIssue::line).containsExactly(3);
		assertThat(Jsoup.parseBodyFragment(bad.html()).select("[href^=javascript]")).isEmpty();
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
		ParsedBody body = this.markdown.parse("""
				![A leg with the calf marked][leg]

				[leg]: ../images/leg.svg "Cramps strike the calf."
				""", 1, Map.of("leg.svg", LEG));
		Document html = Jsoup.parseBodyFragment(body.html());
		assertThat(body.issues()).isEmpty();
		assertThat(body.pictures()).containsExactly(new PictureReference("leg.svg", 1));
		assertThat(html.select("figure svg").attr("aria-label")).isEqualTo("A leg with the calf marked");
		assertThat(html.select("figcaption").text()).isEqualTo("Cramps strike the calf.");
		assertThat(html.select("img")).isEmpty();

		ParsedBody bad = this.markdown.parse("![][leg] and ![x][photo]\n\n[leg]: ../images/leg.svg\n[photo]: https://example.org/a.png\n", 1);
		assertThat(bad.issues()).extracting(MarkdownIssue::message).containsExactly(
				"picture '../images/leg.svg' has no alternative text: say what it shows between the brackets, ![like this](../images/leg.svg)",
				"picture '../images/leg.svg' must be on a line of its own",
				"picture 'https://example.org/a.png': pictures are SVG files in content/images, shown as ![what it shows](../images/name.svg)");
	}

	private static java.util.List<String> cells(Document html, int row) {
		return html.select("tbody tr").get(row).select("td").stream().map(org.jsoup.nodes.Element::text).toList();
	}

	private Document render(String markdown) {
		return Jsoup.parseBodyFragment(this.markdown.parse(markdown, 1).html());
	}

}
