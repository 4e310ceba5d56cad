package com.legspasms.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.legspasms.content.ContentProblem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pictures: written with ordinary Markdown image syntax, checked at start-up, drawn
 * inline.
 */
class PicturesTest {

	static final String LEG = """
			<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" role="img">
			  <title>A leg</title>
			  <desc>The calf is marked.</desc>
			  <path class="figure-highlight" d="M10 10 L90 90" stroke="currentColor" stroke-width="2"/>
			  <text x="5" y="95" font-family="system-ui, sans-serif" fill="currentColor">Calf</text>
			</svg>
			""";

	@TempDir
	Path dir;

	ContentFixture content;

	@BeforeEach
	void hub() {
		this.content = new ContentFixture(this.dir);
	}

	@Test
	void aPictureIsDrawnInlineAsAFigureWithItsAlternativeTextAndCaption() throws IOException {
		picture("leg.svg", LEG);
		this.content.article("hub", "Hub", "overview", """
				Where cramps strike:

				![A leg with the calf marked](../images/leg.svg "Cramps most often strike the calf.")
				""");
		Document page = Jsoup.parseBodyFragment(this.content.build("hub").hub().bodyHtml());
		Element figure = page.selectFirst("figure.figure");
		Element svg = figure.selectFirst("svg");
		assertThat(svg.attr("role")).isEqualTo("img");
		assertThat(svg.attr("aria-label")).isEqualTo("A leg with the calf marked");
		assertThat(svg.select("title").text()).isEqualTo("A leg");
		assertThat(svg.select("path.figure-highlight")).hasSize(1);
		assertThat(figure.select("figcaption").text()).isEqualTo("Cramps most often strike the calf.");
		assertThat(page.select("img")).isEmpty();
		assertThat(page.select("p:has(figure)")).isEmpty();
	}

	@Test
	void aMissingPictureOrAlternativeTextIsReportedAtItsLine() throws IOException {
		picture("leg.svg", LEG);
		this.content.article("hub", "Hub", "overview", """
				First line.

				![](../images/leg.svg)

				![A foot](../images/foot.svg)

				![A photo](https://example.com/leg.png)

				Text and ![a leg](../images/leg.svg) in one line.
				""");
		assertThat(this.content.problems("hub")).containsExactly(
				this.content.problem("hub.md", 8,
						"picture '../images/leg.svg' has no alternative text: say what it shows "
								+ "between the brackets, ![like this](../images/leg.svg)"),
				this.content.problem("hub.md", 10,
						"picture 'foot.svg' is not in " + this.content.file("x").replace("articles/x", "images")),
				this.content.problem("hub.md", 12,
						"picture 'https://example.com/leg.png': pictures are SVG files in content/images, "
								+ "shown as ![what it shows](../images/name.svg)"),
				this.content.problem("hub.md", 14, "picture '../images/leg.svg' must be on a line of its own"));
	}

	@Test
	void aPictureWithScriptsStylesLinksOrColoursIsRefused() throws IOException {
		picture("bad.svg", """
				<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">
				  <title>Bad</title>
				  <script>alert(1)</script>
				  <path d="M0 0" style="fill:red" onload="alert(2)"/>
				  <a href="https://example.com"><text>x</text></a>
				  <rect id="box" fill="#ff0000" width="1" height="1"/>
				</svg>
				""");
		picture("untitled.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><path d=\"M0 0\"/></svg>");
		this.content.article("hub", "Hub", "overview", "Body.");
		String bad = file("bad.svg");
		assertThat(this.content.problems("hub")).contains(
				new ContentProblem(bad, 3,
						"element <script> is not allowed in a picture (allowed: circle, desc, "
								+ "ellipse, g, line, path, polygon, polyline, rect, svg, text, title, tspan)"),
				new ContentProblem(bad, 4,
						"attribute 'style' on <path> is not allowed in a picture (no styles, "
								+ "scripts, links or ids)"),
				new ContentProblem(bad, 4,
						"attribute 'onload' on <path> is not allowed in a picture (no styles, "
								+ "scripts, links or ids)"),
				new ContentProblem(bad, 5,
						"attribute 'href' on <a> is not allowed in a picture (no styles, " + "scripts, links or ids)"),
				new ContentProblem(bad, 6,
						"attribute 'id' on <rect> is not allowed in a picture (no styles, " + "scripts, links or ids)"),
				new ContentProblem(bad, 6,
						"attribute 'fill' must not name a colour or a link; use currentColor " + "or a class"),
				new ContentProblem(file("untitled.svg"), 1, "the picture needs a <title> saying what it shows"));
	}

	@Test
	void aPictureThatIsNotWellFormedXmlIsRefusedAtItsLineAndThePageSaysItWasRefused() throws IOException {
		picture("entity.svg", LEG.replace("<desc>The calf is marked.</desc>", "<desc>A leg &foo; and foot</desc>"));
		picture("nbsp.svg", LEG.replace("Calf</text>", "Calf&nbsp;muscle</text>"));
		picture("unclosed.svg", LEG.replace("  <path", "  <g>\n  <path"));
		picture("leg.svg", LEG);
		this.content.article("hub", "Hub", "overview", """
				First line.

				![A leg](../images/entity.svg)

				![A foot](../images/foot.svg)
				""");
		List<ContentProblem> problems = this.content.problems("hub");
		assertThat(problems).filteredOn((problem) -> problem.file().endsWith(".svg"))
			.extracting(ContentProblem::toString)
			.containsExactlyInAnyOrder(
					file("entity.svg") + ":3: not well-formed XML: The entity \"foo\" was referenced, "
							+ "but not declared.",
					file("nbsp.svg") + ":5: not well-formed XML: The entity \"nbsp\" was referenced, but not declared.",
					file("unclosed.svg") + ":7: not well-formed XML: The element type \"g\" must be terminated by the "
							+ "matching end-tag \"</g>\".");
		String images = this.content.file("x").replace("articles/x", "images");
		assertThat(problems).contains(
				this.content.problem("hub.md", 8,
						"picture 'entity.svg' was refused (see the problems of " + images + "/entity.svg)"),
				this.content.problem("hub.md", 10, "picture 'foot.svg' is not in " + images));
	}

	private void picture(String name, String svg) throws IOException {
		Files.createDirectories(this.dir.resolve("images"));
		Files.writeString(this.dir.resolve("images").resolve(name), svg);
	}

	private String file(String picture) {
		return this.content.file("x").replace("articles/x", "images/" + picture);
	}

}
