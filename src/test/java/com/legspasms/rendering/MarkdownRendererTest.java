package com.legspasms.rendering;

import java.util.Map;

import com.legspasms.web.SiteUrls;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTest {

	private final MarkdownRenderer markdown = new MarkdownRenderer(new SiteUrls());

	@Test
	void linksToMarkdownFilesBecomeSiteUrls() {
		Document html = render("""
				Read about [restless legs](restless-legs-syndrome.md) and
				[its symptoms](./spinal-stenosis.md#symptoms), or [the NHS](https://www.nhs.uk/).
				""");
		assertThat(html.select("a").eachAttr("href")).containsExactly("/articles/restless-legs-syndrome",
				"/articles/spinal-stenosis#symptoms", "https://www.nhs.uk/");
	}

	@Test
	void headingsCarryStableUniqueIds() {
		RenderedBody body = this.markdown.render("""
				## What causes cramps?

				Text.

				## What causes cramps?

				### Don't panic
				""", 10);
		assertThat(body.headings()).containsExactly(new Heading(2, "what-causes-cramps", "What causes cramps?", 10),
				new Heading(2, "what-causes-cramps-1", "What causes cramps?", 14),
				new Heading(3, "dont-panic", "Don\u2019t panic", 16));
		Document html = Jsoup.parseBodyFragment(body.html());
		assertThat(html.select("h2").eachAttr("id")).containsExactly("what-causes-cramps", "what-causes-cramps-1");
		assertThat(html.select("h3#dont-panic")).hasSize(1);
	}

	@Test
	void tablesAreRendered() {
		Document html = render("""
				| Cramp | Restless legs |
				|---|---|
				| Hard, painful muscle | Urge to move |
				""");
		assertThat(html.select("table thead th").eachText()).containsExactly("Cramp", "Restless legs");
		assertThat(html.select("table tbody td").eachText()).containsExactly("Hard, painful muscle", "Urge to move");
	}

	@Test
	void careCardsRenderAtThreeLevelsWithTheirTitles() {
		Document html = render("""
				!!! see-doctor "See a GP if:"
				    - cramps wake you often

				!!! urgent
				    - one calf is swollen and warm

				!!! emergency
				    - you also have chest pain

				!!! note "What the evidence says"
				    Evidence is weak.
				""");
		assertThat(html.select(".care-card").eachAttr("class")).containsExactly("care-card care-card--see-doctor",
				"care-card care-card--urgent", "care-card care-card--emergency", "care-card care-card--note");
		assertThat(html.select(".care-card__title").eachText()).containsExactly("Non-urgent advice: See a GP if:",
				"Urgent advice: Get urgent medical help if:",
				"Emergency: Call your emergency number (such as 999, 911 or 112) if:", "Note: What the evidence says");
		assertThat(html.select(".care-card--urgent .care-card__body li").text())
			.isEqualTo("one calf is swollen and warm");
	}

	@Test
	void quotesAndDashesAreTypographic() {
		Document html = render("It's a \"charley horse\" -- a cramp.");
		assertThat(html.select("p").text()).isEqualTo("It\u2019s a \u201Ccharley horse\u201D \u2013 a cramp.");
	}

	@Test
	void rawHtmlIsShownAsTextNotRun() {
		Document html = render("""
				<script>alert(1)</script>

				Some <img src=x onerror=alert(1)> text <b onclick="x()">bold</b>.
				""");
		assertThat(html.select("script, img, b, [onerror], [onclick]")).isEmpty();
		assertThat(html.text()).contains("<script>alert(1)</script>");
	}

	@ParameterizedTest
	@ValueSource(strings = { "[x](jav&#x61;script:alert(1))", "[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))",
			"[x](java\\script:alert(1))", "[x](data:text/html;base64,PHNjcmlwdD4=)", "[x](vbscript:msgbox(1))",
			"[x](&#106;avascript&colon;alert(1))", "<javascript:alert(1)>",
			"[x][evil]\n\n[evil]: javascript:alert(1)" })
	void dangerousLinksNeverReachThePage(String markdown) {
		RenderedBody body = this.markdown.render(markdown, 1);
		Document html = Jsoup.parseBodyFragment(body.html());
		assertThat(html.select("a")).isEmpty();
		assertThat(html.select("[href]")).isEmpty();
		assertThat(html.body().html()).doesNotContainIgnoringCase("href");
	}

	@Test
	void dangerousLinkKeepsItsTextAndIsReported() {
		RenderedBody body = this.markdown.render("Text\n\n[click me](jav&#x61;script:alert(1))", 5);
		Document html = Jsoup.parseBodyFragment(body.html());
		assertThat(html.text()).isEqualTo("Text click me");
		assertThat(body.issues()).containsExactly(new MarkdownIssue(7,
				"link to 'javascript:alert(1)' uses a scheme that is not allowed (use https:, http:, mailto: or another article)"));
	}

	@Test
	void safeLinksAreCollectedWithTheirLines() {
		RenderedBody body = this.markdown
			.render("One [a](a.md).\n\nTwo <https://example.org> [m](mailto:x@example.org)", 3);
		assertThat(body.links()).containsExactly(new BodyLink("a.md", 3), new BodyLink("https://example.org", 5),
				new BodyLink("mailto:x@example.org", 5));
	}

	private Document render(String markdown) {
		String html = this.markdown.render(markdown, 1).html();
		Element body = Jsoup.parseBodyFragment(html).body();
		return body.ownerDocument();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Cramp\0ing legs", "# Cramp\0ing", "- Cramp\0ing", "| Cramp\0ing |\n|---|\n| x |" })
	void aNulCharacterIsShownAsTheReplacementCharacterAsCommonMarkAsks(String markdown) {
		String html = this.markdown.render(markdown, 1, Map.of()).html();
		assertThat(html).contains("Cramp\uFFFDing").doesNotContain("\0");
	}

	@ParameterizedTest
	@ValueSource(strings = { "!!! \"See a GP if:\"\n    - a sign", "!!!\n    - a sign", "Some text\n??? \"Title\"" })
	void aCardWithoutItsKindIsAProblemNotText(String markdown) {
		RenderedBody body = this.markdown.render(markdown, 1);
		assertThat(body.issues()).extracting(MarkdownIssue::message)
			.anySatisfy((message) -> assertThat(message).startsWith("a care card needs its kind after '!!!'"));
	}

}
