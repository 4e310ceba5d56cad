package com.legspasms.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How pages look on a phone, a wide screen and paper. Screenshots go to
 * {@code target/screenshots} for a person to look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PresentationIT extends BrowserTestSupport {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@ParameterizedTest(name = "{0} at {1} px, {2}")
	@CsvSource({ "home, /, 390, light", "home, /, 1280, light", "home, /, 390, dark",
			"article, /articles/muscle-spasms-in-legs, 390, light",
			"article, /articles/muscle-spasms-in-legs, 1280, light",
			"article, /articles/muscle-spasms-in-legs, 1280, dark",
			"doctor, /articles/when-to-see-a-doctor-about-leg-cramps, 390, light",
			"search, /search?q=calf+cramp+at+night, 390, light", "compare, /compare, 390, light",
			"compare, /compare, 1280, light", "compare, /compare, 1280, dark",
			"stretches, /articles/stretches-for-leg-cramps, 390, light",
			"stretches, /articles/stretches-for-leg-cramps, 1280, light",
			"stretches, /articles/stretches-for-leg-cramps, 1280, dark",
			"hub-dark, /articles/muscle-spasms-in-legs, 390, dark" })
	void screenshotsForReview(String name, String path, int width, String colourScheme) throws IOException {
		Chromium.prefersColorScheme(browser, colourScheme);
		open(path);
		Path file = fullPageScreenshot(name + "-" + width + "-" + colourScheme, width);
		assertThat(Files.size(file)).isGreaterThan(10_000);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/articles/muscle-spasms-in-legs", "/articles/when-to-see-a-doctor-about-leg-cramps",
			"/articles/home-remedies-for-muscle-spasms-in-legs", "/topics", "/search?q=cramp", "/no-such-page",
			"/compare", "/articles/stretches-for-leg-cramps" })
	void readableAt320PixelsWithoutSidewaysScrolling(String path) {
		browser.manage().window().setSize(new Dimension(320, 800));
		open(path);
		long viewport = (Long) browser.executeScript("return document.documentElement.clientWidth");
		long content = (Long) browser.executeScript("return document.documentElement.scrollWidth");
		Object widest = browser.executeScript("""
				return [...document.querySelectorAll('body *')]
				  .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth)
				  .map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))
				  .slice(0, 5).join('; ')""");
		assertThat(content).as("page width at a 320 px viewport of %d px; too wide: %s", viewport, widest)
			.isLessThanOrEqualTo(viewport);
		double bodyText = Double
			.parseDouble(browser.findElement(By.cssSelector("main p")).getCssValue("font-size").replace("px", ""));
		assertThat(bodyText).as("body text size in px").isGreaterThanOrEqualTo(16);
	}

	@Test
	void anArticlePrintsWithoutNavigationAndWithLinkAddresses() throws IOException {
		open("/articles/muscle-spasms-in-legs");
		Chromium.printMedia(browser);
		for (String hidden : new String[] { "header nav.site-nav", "header form.site-search", "nav.breadcrumbs",
				"nav.contents", "section.related", "a.skip-link" }) {
			assertThat(browser.findElement(By.cssSelector(hidden)).getCssValue("display")).as(hidden).isEqualTo("none");
		}
		WebElement sourceLink = browser.findElement(By.cssSelector(".sources a"));
		String printedAfter = (String) browser.executeScript("return getComputedStyle(arguments[0], '::after').content",
				sourceLink);
		assertThat(printedAfter).contains(sourceLink.getAttribute("href"));
		assertThat(browser.findElement(By.cssSelector("main h1")).isDisplayed()).isTrue();
		assertThat(browser.findElement(By.cssSelector(".care-card")).isDisplayed()).isTrue();
		fullPageScreenshot("article-print", 800);
	}

	private static Path fullPageScreenshot(String name, int width) throws IOException {
		browser.manage().window().setSize(new Dimension(width, 900));
		long height = (Long) browser.executeScript("return document.documentElement.scrollHeight");
		browser.manage().window().setSize(new Dimension(width, (int) Math.min(height, 12_000)));
		Files.createDirectories(SCREENSHOTS);
		Path file = SCREENSHOTS.resolve(name + ".png");
		Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
		return file;
	}

}
