package com.legspasms.web;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the site, checked by the Nu Html Checker (the engine behind
 * validator.w3.org/nu).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HtmlValidityTest extends WebTestSupport {

	/** The checker's own HTML schema, bundled in its jar (nothing is fetched). */
	private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

	/** Pages no link leads to: search results of every kind and the error pages. */
	private static final List<String> UNLINKED_PAGES = List.of("/search?q=cramp", "/search?q=restles+legs",
			"/search?q=zzzzqqq", "/search?q=", "/search?q=cramp&page=2", "/no-such-page", "/articles/no-such-article",
			"/search?q=%ZZ", "/search-unavailable", "/search?q=swollen+calf+and+chest+pain");

	private static final ErrorCollector errors = new ErrorCollector();

	private static SimpleDocumentValidator checker;

	@BeforeAll
	static void setUpChecker() throws Exception {
		checker = new SimpleDocumentValidator();
		checker.setUpMainSchema(HTML_SCHEMA, errors);
		checker.setUpValidatorAndParsers(errors, false, false);
	}

	@Test
	void everyPageOfTheSiteHasNoHtmlErrors() throws Exception {
		Map<String, String> pages = new LinkedHashMap<>();
		SiteCrawler.crawl(this.web).forEach((path, page) -> pages.put(path, page.response().body()));
		for (String path : UNLINKED_PAGES) {
			pages.put(path, this.web.raw("GET", path).body());
		}
		assertThat(pages).hasSizeGreaterThan(20);
		List<String> problems = new ArrayList<>();
		for (Map.Entry<String, String> page : pages.entrySet()) {
			errors.messages.clear();
			checker.checkHtmlInputSource(new InputSource(new StringReader(page.getValue())));
			errors.messages.forEach((message) -> problems.add(page.getKey() + ":" + message));
		}
		assertThat(problems).as("Nu Html Checker errors on %d pages", pages.size()).isEmpty();
	}

	/**
	 * The Nu Html Checker's errors on one page, for other tests' pages.
	 * @param html the page
	 * @return each error as {@code LINE: message}; empty when the page is valid
	 */
	static synchronized List<String> errorsIn(String html) throws Exception {
		if (checker == null) {
			setUpChecker();
		}
		errors.messages.clear();
		checker.checkHtmlInputSource(new InputSource(new StringReader(html)));
		return List.copyOf(errors.messages);
	}

	@Test
	void theCheckerCatchesBrokenHtml() throws Exception {
		errors.messages.clear();
		checker.checkHtmlInputSource(new InputSource(new StringReader(
				"<!DOCTYPE html><html lang=en><head><title>x</title></head><body><p><div></span></body></html>")));
		assertThat(errors.messages).isNotEmpty();
	}

	/**
	 * Errors and fatal errors fail the check; the checker's warnings and notes are
	 * advice.
	 */
	private static final class ErrorCollector implements ErrorHandler {

		final List<String> messages = new ArrayList<>();

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
