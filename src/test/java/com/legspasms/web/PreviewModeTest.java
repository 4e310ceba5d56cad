package com.legspasms.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Preview mode, as a writer uses it: drafts shown with a banner, a refused change listed
 * at the top of every page until it is fixed, an event stream telling open pages to
 * refresh, and all of it valid HTML.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PreviewModeTest extends WebTestSupport {

	static Path content;

	static final String CALF = EditorialFixture.ARTICLES.get("calf-cramps");

	@DynamicPropertySource
	static void previewOn(DynamicPropertyRegistry registry) {
		content = EditorialFixture.write(registry, "preview-mode");
		registry.add("site.preview", () -> "true");
		registry.add("site.watch.enabled", () -> "true");
	}

	@AfterEach
	void fix() {
		write("calf-cramps", CALF);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.web.get("/").html().select(".preview-problems").isEmpty());
	}

	@Test
	void draftsAndPagesInReviewAreShownWithABannerAndNoStructuredData() {
		Document draft = this.web.get("/articles/draft-page").html();
		assertThat(draft.select(".status-banner").text()).isEqualTo(
				"Draft — not published. This page is a draft. Readers cannot see it until its status is published.");
		assertThat(draft.select("script[type=application/ld+json]")).isEmpty();
		assertThat(this.web.get("/articles/review-page").html().select(".status-banner").text())
			.startsWith("Draft — not published. This page is in review.");
		assertThat(this.web.get("/articles/hub").html().select(".status-banner")).isEmpty();
	}

	@Test
	void everyPageLoadsTheSameOriginScriptAndIsNeverKept() {
		for (String path : new String[] { "/", "/articles/hub", "/topics", "/no-such-page" }) {
			WebClient.Page page = this.web.get(path);
			assertThat(page.html().select("script[src]").eachAttr("src")).as(path)
				.containsExactly("/preview/live-reload.js");
			assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'");
		}
		WebClient.Page article = this.web.get("/articles/hub");
		assertThat(article.header("Cache-Control")).isEqualTo("no-store");
		assertThat(article.header("ETag")).isNull();
		WebClient.Page script = this.web.get("/preview/live-reload.js", "*/*");
		assertThat(script.status()).isEqualTo(200);
		assertThat(script.header("Content-Type")).startsWith("text/javascript");
		assertThat(script.response().body()).contains("EventSource");
	}

	@Test
	void theEventStreamSaysWhichChangeIsLatestAtOnceAndAfterEachChange() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<InputStream> stream = http.send(
				HttpRequest.newBuilder(this.web.uri("/preview/events")).header("Accept", "text/event-stream").build(),
				HttpResponse.BodyHandlers.ofInputStream());
		assertThat(stream.statusCode()).isEqualTo(200);
		assertThat(stream.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
		try (BufferedReader events = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
			long first = Long.parseLong(nextData(events));
			write("calf-cramps", CALF.replace("title: Calf cramps", "title: Calf cramps (edited)"));
			assertThat(Long.parseLong(nextData(events))).isGreaterThan(first);
		}
	}

	@Test
	void aRefusedChangeIsListedEscapedAtTheTopOfEveryPageAboveTheLastGoodVersionUntilFixed() {
		write("calf-cramps", CALF.replace("category: causes", "category: <b>nope</b>"));
		String file = content.resolve("articles/calf-cramps.md").toString();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> !this.web.get("/articles/hub").html().select(".preview-problems").isEmpty());
		for (String path : new String[] { "/", "/articles/hub", "/articles/calf-cramps", "/no-such-page" }) {
			Document page = this.web.get(path).html();
			assertThat(page.select(".preview-problems li code").eachText()).as(path)
				.containsExactly(file + ":4: unknown category '<b>nope</b>' (configured categories: overview, "
						+ "symptoms, causes, treatment, related-conditions)");
			assertThat(page.select(".preview-problems b")).isEmpty();
		}
		assertThat(this.web.get("/articles/calf-cramps").html().select("h1").text()).isEqualTo("Calf cramps");

		write("calf-cramps", CALF.replace("title: Calf cramps", "title: Calf cramps, fixed"));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.web.get("/articles/calf-cramps").html().select("h1").text().equals("Calf cramps, fixed"));
		assertThat(this.web.get("/articles/hub").html().select(".preview-problems")).isEmpty();
	}

	@Test
	void turningALinkedPageIntoADraftIsRefusedAndTheLastGoodSiteStays() {
		write("calf-cramps", CALF.replace("category: causes", "category: causes\nstatus: draft"));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> !this.web.get("/").html().select(".preview-problems").isEmpty());
		String hub = content.resolve("articles/hub.md").toString();
		assertThat(this.web.get("/").html().select(".preview-problems li code").eachText()).containsExactly(hub
				+ ":7: related article 'calf-cramps' is 'draft', so readers cannot open it; publish it first or remove it",
				hub + ":14: link to 'calf-cramps.md': the article 'calf-cramps' is 'draft', so readers cannot open it; "
						+ "publish it first or remove the link");
		assertThat(this.web.get("/articles/calf-cramps").html().select(".status-banner")).isEmpty();
	}

	@Test
	void pagesWithTheBannerThePanelTheReviewNoticeAndThePageHistoryAreValidHtml() throws Exception {
		write("calf-cramps", CALF.replace("category: causes", "category: nope"));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> !this.web.get("/articles/hub").html().select(".preview-problems").isEmpty());
		Errors errors = new Errors();
		SimpleDocumentValidator checker = new SimpleDocumentValidator();
		checker.setUpMainSchema("http://s.validator.nu/html5-all.rnc", errors);
		checker.setUpValidatorAndParsers(errors, false, false);
		for (String path : new String[] { "/articles/draft-page", "/articles/review-page", "/articles/calf-cramps",
				"/articles/night-cramps", "/", "/no-such-page" }) {
			WebClient.Page page = this.web.get(path);
			assertThat(page.html().select(".preview-problems")).as(path).isNotEmpty();
			checker.checkHtmlInputSource(new InputSource(new StringReader(page.response().body())));
			errors.messages.forEach((message) -> errors.problems.add(path + ":" + message));
			errors.messages.clear();
		}
		assertThat(errors.problems).isEmpty();
	}

	/** The data of the next event on the stream (within ten seconds). */
	private static String nextData(BufferedReader events) throws IOException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		for (String line = events.readLine(); line != null && System.nanoTime() < deadline; line = events.readLine()) {
			if (line.startsWith("data:")) {
				return line.substring("data:".length()).strip();
			}
		}
		throw new AssertionError("no event within ten seconds");
	}

	private static void write(String slug, String text) {
		try {
			Files.writeString(content.resolve("articles/" + slug + ".md"), text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static final class Errors implements ErrorHandler {

		final List<String> messages = new ArrayList<>();

		final List<String> problems = new ArrayList<>();

		@Override
		public void warning(SAXParseException exception) {
		}

		@Override
		public void error(SAXParseException exception) {
			this.messages.add(exception.getLineNumber() + ": " + exception.getMessage());
		}

		@Override
		public void fatalError(SAXParseException exception) {
			error(exception);
		}

	}

}
