package com.legspasms.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search results page with care cards above it, in a real browser: axe in light and
 * dark mode, and at a phone's and a desktop's width the emergency card is the first thing
 * in view, with a screenshot of that first screen in {@code target/screenshots} for
 * review.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchCareCardsIT extends BrowserTestSupport {

	@ParameterizedTest(name = "{0} in {1} mode")
	@CsvSource({ "/search?q=swollen+calf+and+chest+pain, light", "/search?q=swollen+calf+and+chest+pain, dark",
			"/search?q=lockjaw, light", "/search?q=lockjaw, dark" })
	void axeFindsNoViolations(String path, String colourScheme) {
		Chromium.prefersColorScheme(browser, colourScheme);
		open(path);
		assertThat(browser.findElements(By.cssSelector("main .care-card"))).isNotEmpty();
		Results results = new AxeBuilder().analyze(browser);
		assertThat(results.getPasses()).as("axe ran its rules").isNotEmpty();
		assertThat(AccessibilityIT.describe(results.getViolations()))
			.as("axe violations on %s (%s)", path, colourScheme)
			.isEmpty();
	}

	@ParameterizedTest(name = "at {0} x {1} px")
	@CsvSource({ "390, 844", "1280, 800" })
	void theEmergencyCardIsInTheFirstScreen(int width, int height) throws IOException {
		browser.manage().window().setSize(new Dimension(width, height));
		open("/search?q=swollen+calf+and+chest+pain");
		WebElement card = browser.findElement(By.cssSelector("main .care-card"));
		assertThat(card.getAttribute("class")).contains("care-card--emergency");
		long viewport = (Long) browser.executeScript("return window.innerHeight");
		assertThat(card.getRect().getY() + 120L).as("the card's heading and first signs are in view")
			.isLessThan(viewport);
		WebElement firstResult = browser.findElement(By.cssSelector(".search-result"));
		assertThat(firstResult.getRect().getY()).isGreaterThan(card.getRect().getY());
		Files.createDirectories(PresentationIT.SCREENSHOTS);
		Path file = PresentationIT.SCREENSHOTS.resolve("search-care-card-" + width + ".png");
		Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
	}

}
