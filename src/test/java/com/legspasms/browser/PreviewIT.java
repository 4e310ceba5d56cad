package com.legspasms.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.legspasms.site.ContentCopy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Preview mode in a real browser, as a writer works: a page left open refreshes itself
 * after each saved change, shows the problems of a change that could not be published and
 * drops them once the file is fixed, all without anyone touching the browser; and the
 * draft banner, problem panel, review notice and page history pass axe in light and dark
 * mode.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PreviewIT extends BrowserTestSupport {

	/** A copy of the real content, inside the working directory, plus one draft. */
	static final Path CONTENT = withDraft(ContentCopy.ofRealContent("preview-"));

	static final String ARTICLE = "spinal-stenosis";

	static final Duration WAIT = Duration.ofSeconds(10);

	static final String DRAFT = """
			---
			title: Cramps in cold weather
			summary: A page still being written.
			category: causes
			status: draft
			reviewed: 2020-01-01
			changes:
			  - {date: 2019-12-01, kind: editorial, summary: First outline.}
			---
			Half written. See [leg cramps at night](nocturnal-leg-cramps.md).
			""";

	private final String original = read(ARTICLE);

	@DynamicPropertySource
	static void previewOn(DynamicPropertyRegistry registry) {
		registry.add("site.content-dir", CONTENT::toString);
		registry.add("site.preview", () -> "true");
		registry.add("site.watch.enabled", () -> "true");
	}

	@AfterEach
	void restore() {
		write(ARTICLE, this.original);
	}

	@Test
	void anOpenPageRefreshesAfterEachSaveShowsProblemsAndDropsThemWhenFixed() {
		open("/articles/" + ARTICLE);
		assertThat(heading()).isEqualTo("Spinal stenosis");
		consoleProblems();
		List<Long> delays = new ArrayList<>();
		for (int edit = 1; edit <= 5; edit++) {
			String title = "Spinal stenosis, edit " + edit;
			long saved = System.nanoTime();
			write(ARTICLE, this.original.replaceFirst("(?m)^title: .*$", "title: " + title));
			waitUntil(() -> title.equals(headingOrEmpty()));
			delays.add((System.nanoTime() - saved) / 1_000_000);
		}
		List<Long> sorted = delays.stream().sorted().toList();
		System.out.println("Preview refresh delays (ms, save to new heading in the browser): " + delays + ", median "
				+ sorted.get(sorted.size() / 2));

		write(ARTICLE, this.original.replaceFirst("(?m)^category: .*$", "category: no-such-category"));
		waitUntil(() -> !browser.findElements(By.cssSelector(".preview-problems li")).isEmpty());
		assertThat(browser.findElement(By.cssSelector(".preview-problems li")).getText())
			.startsWith(CONTENT.resolve("articles/" + ARTICLE + ".md") + ":4: unknown category 'no-such-category'");
		assertThat(heading()).isEqualTo("Spinal stenosis, edit 5");

		write(ARTICLE, this.original);
		waitUntil(() -> browser.findElements(By.cssSelector(".preview-problems")).isEmpty()
				&& "Spinal stenosis".equals(headingOrEmpty()));
		assertThat(consoleProblems()).as("console errors and warnings").isEmpty();
	}

	@ParameterizedTest(name = "{0} mode")
	@ValueSource(strings = { "light", "dark" })
	void theBannerPanelReviewNoticeAndHistoryPassAxe(String colourScheme) {
		write(ARTICLE, this.original.replaceFirst("(?m)^category: .*$", "category: no-such-category"));
		Chromium.prefersColorScheme(browser, colourScheme);
		open("/articles/cramps-in-cold-weather");
		waitUntil(() -> !browser.findElements(By.cssSelector(".preview-problems li")).isEmpty());
		for (String part : new String[] { ".status-banner", ".preview-problems", ".review-notice", ".page-history" }) {
			assertThat(browser.findElements(By.cssSelector(part))).as(part).hasSize(1);
		}
		waitUntilThePageStaysPut();
		Results results = new AxeBuilder().analyze(browser);
		assertThat(results.getPasses()).as("axe ran its rules").isNotEmpty();
		assertThat(describe(results.getViolations())).as("axe violations (%s)", colourScheme).isEmpty();
	}

	/**
	 * Preview pages reload themselves after each content change (a save can raise more
	 * than one); axe must run on a page that is not about to be replaced.
	 */
	private static void waitUntilThePageStaysPut() {
		for (int tries = 0; tries < 10; tries++) {
			((JavascriptExecutor) browser).executeScript("window.__stillHere = true;");
			try {
				Thread.sleep(1500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			Object stillHere = ((JavascriptExecutor) browser).executeScript("return window.__stillHere === true;");
			if (Boolean.TRUE.equals(stillHere)) {
				return;
			}
		}
	}

	private static String headingOrEmpty() {
		try {
			return browser.findElement(By.tagName("h1")).getText();
		}
		catch (RuntimeException ex) {
			return "";
		}
	}

	private static void waitUntil(java.util.function.BooleanSupplier condition) {
		new WebDriverWait(browser, WAIT).pollingEvery(Duration.ofMillis(50))
			.ignoring(RuntimeException.class)
			.until((driver) -> condition.getAsBoolean());
	}

	private static List<String> describe(List<Rule> violations) {
		return violations.stream()
			.map((rule) -> rule.getId() + ": " + rule.getHelp() + " at "
					+ rule.getNodes().stream().map((node) -> String.valueOf(node.getTarget())).toList())
			.toList();
	}

	private static String read(String slug) {
		return ContentCopy.read(CONTENT.resolve("articles/" + slug + ".md"));
	}

	private static void write(String slug, String text) {
		ContentCopy.write(CONTENT.resolve("articles/" + slug + ".md"), text);
	}

	/** The copy with a draft page of its own, which only preview mode shows. */
	private static Path withDraft(Path content) {
		ContentCopy.write(content.resolve("articles/cramps-in-cold-weather.md"), DRAFT);
		return content;
	}

}
