package com.legspasms.browser;

import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One headless Chromium per test class, pointed at the site started on a random port by
 * the subclass's {@code @SpringBootTest}.
 */
abstract class BrowserTestSupport {

	static ChromeDriver browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		browser = Chromium.start();
	}

	@AfterAll
	static void quitBrowser() {
		if (browser != null) {
			browser.quit();
			browser = null;
		}
	}

	@BeforeEach
	void lightModeOnScreen() {
		Chromium.screenMedia(browser);
		browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
	}

	String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	void open(String path) {
		browser.get(url(path));
	}

	String heading() {
		return browser.findElement(By.tagName("h1")).getText();
	}

	/**
	 * What the page wrote to the browser console at warning level or above since the last
	 * call.
	 */
	static List<String> consoleProblems() {
		return browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.WARNING.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

}
