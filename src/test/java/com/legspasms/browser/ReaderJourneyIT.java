package com.legspasms.browser;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A worried reader's visit, in a real browser: home, an article, a related condition, a
 * search from the header, a result, and a wrong address. No page may write an error to
 * the console.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReaderJourneyIT extends BrowserTestSupport {

	@Test
	void readerFollowsLinksSearchesAndTakesAWrongTurn() {
		List<String> problems = new ArrayList<>();

		open("/");
		assertThat(heading()).isNotBlank();
		problems.addAll(consoleProblems());

		WebElement continueReading = browser.findElement(By.cssSelector("section.hub a.card__more"));
		String hubTitle = continueReading.findElement(By.cssSelector(".visually-hidden"))
			.getAttribute("textContent")
			.replaceFirst("^: ", "");
		continueReading.click();
		assertThat(browser.getCurrentUrl()).isEqualTo(url("/articles/muscle-spasms-in-legs"));
		assertThat(heading()).isEqualTo(hubTitle);
		problems.addAll(consoleProblems());

		WebElement related = browser.findElement(By.cssSelector("section.related a.card__more"));
		String relatedHref = related.getAttribute("href");
		related.click();
		assertThat(browser.getCurrentUrl()).isEqualTo(relatedHref);
		assertThat(browser.findElements(By.cssSelector("main .article__body"))).hasSize(1);
		problems.addAll(consoleProblems());

		WebElement searchBox = browser.findElement(By.cssSelector("header input[type=search][name=q]"));
		searchBox.sendKeys("charley horse", Keys.ENTER);
		assertThat(browser.getCurrentUrl()).isEqualTo(url("/search?q=charley+horse"));
		assertThat(heading()).isEqualTo("Search results");
		WebElement firstResult = browser.findElement(By.cssSelector("ol.search-results h2 a"));
		String resultTitle = firstResult.getText();
		firstResult.click();
		assertThat(heading()).isEqualTo(resultTitle);
		problems.addAll(consoleProblems());

		open("/articles/no-such-thing");
		assertThat(heading()).isEqualTo("Page not found");
		// The browser itself reports the 404 of the page it was asked for; anything else
		// is a fault.
		problems.addAll(consoleProblems().stream()
			.filter((message) -> !message.startsWith(url("/articles/no-such-thing") + " - Failed to load resource"))
			.toList());
		browser.findElement(By.cssSelector("main a[href='/']")).click();
		assertThat(browser.getCurrentUrl()).isEqualTo(url("/"));
		problems.addAll(consoleProblems());

		assertThat(problems).as("console errors and warnings").isEmpty();
	}

	@Test
	void withPreviewOffNoScriptIsRequestedAndPagesHoldOnlyStructuredData() {
		for (String path : new String[] { "/", "/articles/spinal-stenosis", "/topics", "/no-such-page" }) {
			open(path);
			assertThat(browser.executeScript(
					"return performance.getEntriesByType('resource').filter(e => e.initiatorType === 'script'"
							+ " || /\\.js(\\?|$)/.test(e.name)).map(e => e.name)"))
				.as(path)
				.isEqualTo(List.of());
			assertThat(browser.findElements(By.cssSelector("script:not([type='application/ld+json'])"))).as(path)
				.isEmpty();
		}
		// The browser's own report of the 404 page's status is not for the other tests to
		// find.
		consoleProblems();
	}

	@Test
	void skipLinkMovesFocusToTheMainContent() {
		open("/articles/spinal-stenosis");
		WebElement body = browser.findElement(By.tagName("body"));
		body.sendKeys(Keys.TAB);
		WebElement focused = browser.switchTo().activeElement();
		assertThat(focused.getText()).isEqualTo("Skip to main content");
		assertThat(focused.isDisplayed()).isTrue();
		focused.sendKeys(Keys.ENTER);
		assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("main-content");
	}

}
