package com.legspasms.browser;

import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.deque.html.axecore.providers.FileAxeScriptProvider;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * axe-core, run in the browser on each kind of page, in the light and the dark colour
 * scheme. The script is the current npm release ({@code axe-core@^4.14}, which
 * {@code .ci/run} puts in {@code target/axe-core/axe.min.js}; {@code -Daxe.script=FILE}
 * names another), not the older one bundled with the Java binding, so the tests see what
 * current tools see. Without it the tests are skipped with a message saying so; with
 * {@code CI} set they fail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessibilityIT extends BrowserTestSupport {

	static final Path AXE_SCRIPT = Path.of(System.getProperty("axe.script", "target/axe-core/axe.min.js"));

	@BeforeAll
	static void currentAxeCore() {
		if (!Files.isRegularFile(AXE_SCRIPT)) {
			String missing = AXE_SCRIPT + " is missing: run .ci/run, or npm pack 'axe-core@^4.14' and extract "
					+ "package/axe.min.js there";
			if (System.getenv("CI") != null) {
				fail(missing);
			}
			assumeTrue(false, missing + "; skipping the axe-core checks");
		}
	}

	@ParameterizedTest(name = "{0} in {1} mode")
	@CsvSource({ "/, light", "/, dark", "/articles/muscle-spasms-in-legs, light",
			"/articles/muscle-spasms-in-legs, dark", "/articles/when-to-see-a-doctor-about-leg-cramps, light",
			"/articles/when-to-see-a-doctor-about-leg-cramps, dark", "/topics/causes, light", "/topics/causes, dark",
			"/search?q=cramp+at+night, light", "/search?q=cramp+at+night, dark", "/search?q=zzqqxx, light",
			"/search?q=zzqqxx, dark", "/no-such-page, light", "/no-such-page, dark", "/compare, light",
			"/compare, dark", "/compare?comes-on=night&eased-by=moving, light", "/articles/nocturnal-leg-cramps, dark",
			"/articles/stretches-for-leg-cramps, light", "/articles/stretches-for-leg-cramps, dark",
			"/search?q=swollen+calf+and+chest+pain, light", "/search?q=swollen+calf+and+chest+pain, dark" })
	void axeFindsNoViolations(String path, String colourScheme) {
		Chromium.prefersColorScheme(browser, colourScheme);
		open(path);
		assertThat(pageBackground())
			.isEqualTo(colourScheme.equals("dark") ? "rgba(18, 20, 22, 1)" : "rgba(255, 255, 255, 1)");
		Results results = new AxeBuilder().setAxeScriptProvider(axeScript()).analyze(browser);
		assertThat(results.getTestEngine().getVersion()).as("axe-core version")
			.matches("4\\.(1[4-9]|[2-9]\\d)\\..*|[5-9]\\..*");
		assertThat(results.getPasses()).as("axe ran its rules").isNotEmpty();
		assertThat(describe(results.getViolations())).as("axe violations on %s (%s)", path, colourScheme).isEmpty();
	}

	private static FileAxeScriptProvider axeScript() {
		try {
			return new FileAxeScriptProvider(AXE_SCRIPT.toString());
		}
		catch (FileNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String pageBackground() {
		return browser.findElement(By.tagName("body")).getCssValue("background-color");
	}

	static List<String> describe(List<Rule> violations) {
		return violations.stream()
			.map((rule) -> rule.getId() + ": " + rule.getHelp() + " at "
					+ rule.getNodes().stream().map((node) -> String.valueOf(node.getTarget())).toList())
			.toList();
	}

}
