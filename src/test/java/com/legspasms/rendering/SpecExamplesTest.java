package com.legspasms.rendering;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.legspasms.web.SiteUrls;
import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import org.commonmark.testutil.example.Example;
import org.commonmark.testutil.example.ExampleReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CommonMark spec examples and the GFM spec's table examples (as shipped in
 * {@code org.commonmark:commonmark-test-util}) run through the site's renderer, heading
 * ids normalised away. The site may differ from the spec only in the deliberate ways
 * listed in {@link Difference}; those examples are left out of both pass rates. Any other
 * example the site fails must be one plain flexmark (the same extensions, none of the
 * site's own code or options) fails too, and the site's pass rate must not fall below
 * plain flexmark's.
 */
class SpecExamplesTest {

	/**
	 * The site's deliberate differences from the spec, each recognised from the example.
	 */
	enum Difference {

		/** Raw HTML is shown as text, never run (and HTML comments are dropped). */
		RAW_HTML((example) -> RAW_HTML_SYNTAX.matcher(example.getSource()).find()),

		/**
		 * Quotes, dashes and ellipses become typographic ones: "a" -- b... is “a” – b….
		 */
		TYPOGRAPHIC((example) -> false),

		/**
		 * Links may only use https:, http: or mailto:; others keep their text and lose
		 * the link.
		 */
		REFUSED_LINK_SCHEME((example) -> {
			Matcher scheme = SCHEME.matcher(example.getHtml());
			while (scheme.find()) {
				if (!Set.of("http", "https", "mailto").contains(scheme.group(1).toLowerCase())) {
					return true;
				}
			}
			return false;
		}),

		/** Links to {@code name.md} are rewritten to the article's address. */
		REWRITTEN_MD_LINK((example) -> example.getHtml().matches("(?s).*href=\"[^\"]*\\.md[\"#].*"));

		private final Predicate<Example> applies;

		Difference(Predicate<Example> applies) {
			this.applies = applies;
		}

	}

	private static final Pattern RAW_HTML_SYNTAX = Pattern
		.compile("<(?:/?[A-Za-z][A-Za-z0-9-]*(?:[\\s/>]|$)|!--|\\?|![A-Z]|!\\[CDATA\\[)");

	private static final Pattern SCHEME = Pattern.compile("(?:href|src)=\"([A-Za-z][A-Za-z0-9+.-]*):");

	private final MarkdownRenderer siteRenderer = new MarkdownRenderer(new SiteUrls());

	private final Plain plain = new Plain();

	@Test
	void commonMarkSpecExamples() {
		Rates rates = run(examples("/spec.txt", (example) -> true));
		System.out.println("CommonMark spec examples: " + rates);
		assertThat(rates.siteOnlyFailures).as("examples only the site fails, and not deliberately").isEmpty();
		assertThat(rates.siteRate()).isGreaterThanOrEqualTo(rates.plainRate());
	}

	@Test
	void gfmTableExamples() {
		Rates rates = run(examples("/gfm-spec.txt", (example) -> example.getSection().startsWith("Tables")));
		System.out.println("GFM table examples: " + rates);
		assertThat(rates.total).isGreaterThan(5);
		// 6 of 7 since tables under text and bodiless tables render as on GitHub; the one
		// left is a row
		// without pipes, which GitHub keeps in the table and flexmark ends it at.
		assertThat(rates.sitePassed).as("GFM table examples the site renders as GitHub does").isGreaterThanOrEqualTo(6);
		assertThat(rates.siteOnlyFailures).as("examples only the site fails, and not deliberately").isEmpty();
		assertThat(rates.siteRate()).isGreaterThanOrEqualTo(rates.plainRate());
	}

	private static List<Example> examples(String resource, Predicate<Example> selected) {
		URL url = SpecExamplesTest.class.getResource(resource);
		return ExampleReader.readExamples(url).stream().filter(selected).toList();
	}

	private Rates run(List<Example> examples) {
		Rates rates = new Rates();
		for (Example example : examples) {
			String expected = normalised(example.getHtml());
			String siteHtml = normalised(this.siteRenderer.render(example.getSource(), 1).html());
			boolean sitePasses = siteHtml.equals(expected);
			boolean plainPasses = normalised(this.plain.render(example.getSource())).equals(expected);
			rates.total++;
			if (!sitePasses && deliberate(example, siteHtml, expected)) {
				rates.deliberate++;
				continue;
			}
			rates.sitePassed += sitePasses ? 1 : 0;
			rates.plainPassed += plainPasses ? 1 : 0;
			if (!sitePasses && plainPasses) {
				rates.siteOnlyFailures
					.add(example.getSection() + ": " + example.getSource().strip() + " -> " + siteHtml);
			}
		}
		return rates;
	}

	private static boolean deliberate(Example example, String siteHtml, String expected) {
		if (normalised(untypographic(siteHtml)).equals(expected)) {
			return true;
		}
		for (Difference difference : Difference.values()) {
			if (difference.applies.test(example)) {
				return true;
			}
		}
		return false;
	}

	private static String untypographic(String html) {
		return html.replace("\u2018", "'")
			.replace("\u2019", "'")
			.replace("\u201C", "&quot;")
			.replace("\u201D", "&quot;")
			.replace("\u2014", "---")
			.replace("\u2013", "--")
			.replace("\u2026", "...")
			.replace("\u00AB", "&lt;&lt;")
			.replace("\u00BB", "&gt;&gt;");
	}

	/** The HTML as jsoup prints it, without heading ids or the site's table class. */
	static String normalised(String html) {
		Document document = Jsoup.parseBodyFragment(html);
		document.select("h1, h2, h3, h4, h5, h6").removeAttr("id");
		document.select("table").removeAttr("class");
		document.outputSettings().prettyPrint(true).indentAmount(0);
		return document.body().html().strip();
	}

	/**
	 * Plain flexmark: the site's flexmark extensions with their default options, none of
	 * the site's own.
	 */
	static final class Plain {

		private final Parser parser;

		private final HtmlRenderer renderer;

		Plain() {
			List<Extension> extensions = List.of(TablesExtension.create(), TypographicExtension.create(),
					AdmonitionExtension.create(), FootnoteExtension.create(), StrikethroughExtension.create(),
					AutolinkExtension.create());
			MutableDataSet options = new MutableDataSet();
			this.parser = Parser.builder(options).extensions(extensions).build();
			this.renderer = HtmlRenderer.builder(options).extensions(extensions).build();
		}

		String render(String markdown) {
			return this.renderer.render(this.parser.parse(markdown));
		}

	}

	static final class Rates {

		int total;

		int deliberate;

		int sitePassed;

		int plainPassed;

		final List<String> siteOnlyFailures = new ArrayList<>();

		double siteRate() {
			return (double) this.sitePassed / (this.total - this.deliberate);
		}

		double plainRate() {
			return (double) this.plainPassed / (this.total - this.deliberate);
		}

		@Override
		public String toString() {
			return String.format(
					"%d examples, %d deliberate differences left out; site %d/%d (%.1f %%), plain flexmark %d/%d (%.1f %%)",
					this.total, this.deliberate, this.sitePassed, this.total - this.deliberate, 100 * siteRate(),
					this.plainPassed, this.total - this.deliberate, 100 * plainRate());
		}

	}

}
