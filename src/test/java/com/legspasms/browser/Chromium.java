package com.legspasms.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium and its matching chromedriver, started headless. Nothing is
 * downloaded: where they are not installed the browser tests are skipped, except in CI,
 * which must run them.
 */
final class Chromium {

	static final File BROWSER = new File("/usr/bin/chromium");

	static final File DRIVER = new File("/usr/bin/chromedriver");

	private Chromium() {
	}

	static ChromeDriver start() {
		if (!BROWSER.canExecute() || !DRIVER.canExecute()) {
			String message = "Browser tests need Debian's chromium and chromium-driver (" + BROWSER + ", " + DRIVER
					+ "): apt-get install chromium chromium-driver";
			if (System.getenv("CI") != null) {
				Assertions.fail("CI must run the browser tests. " + message);
			}
			Assumptions.abort("Skipped: " + message);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BROWSER);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-default-apps", "--disable-extensions", "--disable-dev-shm-usage", "--hide-scrollbars",
				"--user-data-dir=" + temporaryProfile());
		LoggingPreferences logging = new LoggingPreferences();
		logging.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logging);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

	/**
	 * Emulates the reader's colour scheme preference, as the operating system would set
	 * it.
	 */
	static void prefersColorScheme(ChromeDriver browser, String scheme) {
		browser.executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
	}

	/** Lays the page out as it would be printed. */
	static void printMedia(ChromeDriver browser) {
		browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
	}

	static void screenMedia(ChromeDriver browser) {
		browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
	}

	private static String temporaryProfile() {
		try {
			File profile = Files.createTempDirectory("chromium-profile").toFile();
			profile.deleteOnExit();
			return profile.getAbsolutePath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
