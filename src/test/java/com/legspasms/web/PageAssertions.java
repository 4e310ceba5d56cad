package com.legspasms.web;

import org.jsoup.nodes.Document;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every page of the site must have: the shared layout and its landmarks.
 */
final class PageAssertions {

	private PageAssertions() {
	}

	static void assertInLayout(Document html) {
		assertThat(html.select("html").attr("lang")).as("lang").isEqualTo("en");
		assertThat(html.select("h1")).as("exactly one h1").hasSize(1);
		assertThat(html.select("body > header.site-header")).as("header landmark").hasSize(1);
		assertThat(html.select("header nav[aria-label=Main] a[href=/]")).as("navigation home").hasSize(1);
		assertThat(html.select("body > main#main-content")).as("main landmark").hasSize(1);
		assertThat(html.select("body > footer .site-footer__disclaimer").text()).as("disclaimer")
			.contains("not a diagnosis");
		assertThat(html.select("body > a.skip-link").attr("href")).as("skip link").isEqualTo("#main-content");
		assertThat(html.select("link[rel=stylesheet]").attr("href")).startsWith("/css/");
		assertThat(html.select("script:not([type=application/ld+json])")).as("no JavaScript needed").isEmpty();
		assertThat(html.select("[style], style")).as("no inline style (the CSP forbids it)").isEmpty();
		assertThat(html.select("header form[role=search][method=get][action=/search] input[type=search][name=q]"))
			.as("search box in the header")
			.hasSize(1);
		assertThat(html.select("head link[rel=search][type=application/opensearchdescription+xml]").attr("href"))
			.as("OpenSearch description")
			.isEqualTo("/opensearch.xml");
	}

}
