package com.legspasms.web;

import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What readers see of editorial status, clinical sign-off, review dates and page history,
 * with preview mode off (as on the live site): drafts and pages in review exist nowhere,
 * and nothing of preview mode reaches a page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EditorialPagesTest extends WebTestSupport {

	static Path content;

	@DynamicPropertySource
	static void contentFolder(DynamicPropertyRegistry registry) {
		content = EditorialFixture.write(registry, "editorial-pages");
		registry.add("site.watch.enabled", () -> "false");
	}

	@Test
	void draftsAndPagesInReviewAreNowhereReadersOrMachinesLook() {
		for (String slug : new String[] { "draft-page", "review-page" }) {
			assertThat(this.web.get("/articles/" + slug).status()).as(slug).isEqualTo(404);
		}
		for (String path : new String[] { "/", "/topics", "/topics/causes", "/compare", "/articles/hub",
				"/search?q=cramps+winter+summer", "/sitemap.xml", "/feed.xml", "/changes.xml" }) {
			String body = this.web.get(path).response().body();
			assertThat(body).as(path)
				.doesNotContain("draft-page", "review-page", "Cramps in winter", "Cramps in summer");
		}
	}

	@Test
	void aSignedOffPageNamesItsReviewerOnThePageAndInItsStructuredData() {
		Document page = this.web.get("/articles/calf-cramps").html();
		assertThat(page.select(".review-dates div").eachText()).containsExactly("Page last reviewed: 1 January 2020",
				"Next review due: 1 January 2023", "Clinically reviewed by: Dr Test Example, GP");
		assertThat(page.select(".review-basis")).isEmpty();
		String jsonLd = page.select("script[type=application/ld+json]").html();
		assertThat(jsonLd)
			.contains("\"reviewedBy\":{\"@type\":\"Person\",\"name\":\"Dr Test Example\",\"jobTitle\":\"GP\"}");
	}

	@Test
	void aPageWithoutSignOffSaysPlainlyItWasCheckedAgainstItsSources() {
		Document page = this.web.get("/articles/hub").html();
		assertThat(page.select(".review-basis").text()).isEqualTo(
				"This page was checked against the sources listed below. It has not been reviewed by a named clinician.");
		assertThat(page.select(".review-dates").text()).doesNotContain("Clinically reviewed");
		assertThat(page.select("script[type=application/ld+json]").html()).doesNotContain("reviewedBy");
	}

	@Test
	void aPagePastItsReviewDateOrPlacingACareBlockPastItsOwnSaysSoCalmly() {
		assertThat(this.web.get("/articles/calf-cramps").html().select(".review-notice").text())
			.startsWith("This page is due for review.");
		assertThat(this.web.get("/articles/night-cramps").html().select(".review-notice").text())
			.startsWith("This page is due for review.");
		assertThat(this.web.get("/articles/hub").html().select(".review-notice")).isEmpty();
	}

	@Test
	void pageHistoryIsAtTheFootNewestFirst() {
		Document page = this.web.get("/articles/calf-cramps").html();
		assertThat(page.select(".page-history h2").text()).isEqualTo("Page history");
		assertThat(page.select(".page-history li").eachText()).containsExactly(
				"1 February 2020 (editorial change): Fixed a broken link.",
				"1 December 2019 (change to the health advice): Added when to get urgent help.");
		assertThat(this.web.get("/articles/night-cramps").html().select(".page-history")).isEmpty();
	}

	@Test
	void theChangesFeedListsClinicalChangesOnlyAndIsLinkedFromEveryFooter() {
		WebClient.Page feed = this.web.get("/changes.xml", "application/atom+xml");
		assertThat(feed.status()).isEqualTo(200);
		assertThat(feed.header("Content-Type")).startsWith("application/atom+xml");
		Document xml = Jsoup.parse(feed.response().body(), "", Parser.xmlParser());
		assertThat(xml.select("feed > entry > title").eachText())
			.containsExactly("Calf cramps: Added when to get urgent help.");
		assertThat(xml.select("feed > entry > updated").text()).isEqualTo("2019-12-01T00:00:00Z");
		assertThat(xml.select("feed > updated").text()).isEqualTo("2019-12-01T00:00:00Z");
		for (String path : new String[] { "/", "/articles/hub", "/no-such-page" }) {
			assertThat(this.web.get(path).html().select("footer a[href=/changes.xml]")).as(path).hasSize(1);
		}
	}

	@Test
	void withPreviewOffThereIsNoScriptNoEventStreamAndNoPanel() {
		for (String path : new String[] { "/preview/events", "/preview/live-reload.js" }) {
			assertThat(this.web.get(path, "*/*").status()).as(path).isEqualTo(404);
		}
		for (String path : new String[] { "/", "/articles/hub", "/articles/calf-cramps", "/no-such-page" }) {
			Document page = this.web.get(path).html();
			assertThat(page.select("script:not([type=application/ld+json])")).as(path).isEmpty();
			assertThat(page.select(".preview-problems, .status-banner")).as(path).isEmpty();
		}
	}

}
