package com.legspasms.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.legspasms.site.Article;
import com.legspasms.site.CategorySection;
import com.legspasms.site.PublishedSite;
import com.legspasms.site.SiteProperties;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What search engines, feed readers and link previews are told about the site.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DiscoveryTest extends WebTestSupport {

	@Autowired
	SiteUrls urls;

	@Autowired
	PublishedSite content;

	@Autowired
	SiteProperties settings;

	@Test
	void sitemapListsEveryArticleAndTopicPageWithTheReviewDate() {
		WebClient.Page response = this.web.get("/sitemap.xml", "application/xml");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Content-Type")).startsWith("application/xml");
		Document sitemap = Jsoup.parse(response.response().body(), "", Parser.xmlParser());
		Set<String> locations = sitemap.select("urlset > url > loc").eachText().stream().collect(Collectors.toSet());
		assertThat(locations).contains(this.settings.baseUrl() + "/", this.settings.baseUrl() + "/topics");
		for (CategorySection section : this.content.current().sections()) {
			assertThat(locations).contains(this.settings.baseUrl() + this.urls.topic(section.category()));
		}
		for (Article article : this.content.current().articles()) {
			Element url = sitemap
				.select("urlset > url:has(loc:matchesOwn(^\\Q" + this.settings.baseUrl() + this.urls.article(article)
						+ "\\E$))")
				.first();
			assertThat(url).as("sitemap entry for %s", this.urls.article(article)).isNotNull();
			assertThat(url.select("lastmod").text()).isEqualTo(article.reviewed().toString());
		}
	}

	@Test
	void robotsNamesTheSitemap() {
		WebClient.Page robots = this.web.get("/robots.txt", "text/plain");
		assertThat(robots.status()).isEqualTo(200);
		assertThat(robots.response().body().lines()).contains("User-agent: *",
				"Sitemap: " + this.settings.baseUrl() + "/sitemap.xml");
	}

	@Test
	void feedListsArticlesMostRecentlyReviewedFirst() {
		WebClient.Page response = this.web.get("/feed.xml", "application/atom+xml");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Content-Type")).startsWith("application/atom+xml");
		Document feed = Jsoup.parse(response.response().body(), "", Parser.xmlParser());
		List<Element> entries = feed.select("feed > entry");
		assertThat(entries).hasSize(this.content.current().articles().size());
		List<String> updated = entries.stream().map((entry) -> entry.select("updated").text()).toList();
		assertThat(updated).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		Article hub = this.content.current().hub();
		Element hubEntry = feed.select("entry:has(id:matchesOwn(/articles/" + hub.slug() + "$))").first();
		assertThat(hubEntry.select("title").text()).isEqualTo(hub.title());
		assertThat(hubEntry.select("summary").text()).isEqualTo(hub.summary());
		assertThat(hubEntry.select("link[rel=alternate]").attr("href"))
			.isEqualTo(this.settings.baseUrl() + this.urls.article(hub));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/topics", "/topics/causes", "/articles/spinal-stenosis", "/search?q=cramp",
			"/no-such-page" })
	void everyPageLinksItsFeedIconManifestAndSearch(String path) {
		Document page = this.web.get(path).html();
		assertThat(page.select("head link[rel=alternate][type=application/atom+xml]").attr("href"))
			.isEqualTo("/feed.xml");
		String icon = page.select("head link[rel=icon]").attr("href");
		String manifest = page.select("head link[rel=manifest]").attr("href");
		assertThat(icon).matches("/assets/favicon-[0-9a-f]{32}\\.svg");
		assertThat(manifest).matches("/assets/site-[0-9a-f]{32}\\.webmanifest");
		for (String hashed : List.of(icon, manifest)) {
			WebClient.Page asset = this.web.get(hashed, "*/*");
			assertThat(asset.status()).as(hashed).isEqualTo(200);
			assertThat(asset.header("Cache-Control")).isEqualTo("max-age=31536000, public, immutable");
		}
		assertThat(page.select("head meta[name=description]").attr("content")).isNotBlank();
		assertThat(page.select("head meta[property=og:title]").attr("content")).isNotBlank();
		assertThat(page.select("head meta[name=twitter:card]").attr("content")).isEqualTo("summary");
		for (String asset : List.of("/feed.xml", "/favicon.svg", "/site.webmanifest")) {
			assertThat(this.web.get(asset, "*/*").status()).as(asset).isEqualTo(200);
		}
	}

	@Test
	void anArticleDescribesItselfToSearchEnginesAndLinkPreviews() {
		Article article = this.content.current().article("spinal-stenosis").orElseThrow();
		Document page = this.web.get(this.urls.article(article)).html();
		String canonical = this.settings.baseUrl() + this.urls.article(article);
		assertThat(page.select("head link[rel=canonical]").attr("href")).isEqualTo(canonical);
		assertThat(page.select("head meta[name=description]").attr("content")).isEqualTo(article.summary());
		assertThat(page.select("head meta[property=og:type]").attr("content")).isEqualTo("article");
		assertThat(page.select("head meta[property=og:url]").attr("content")).isEqualTo(canonical);
		assertThat(page.select("head meta[property=og:title]").attr("content")).isEqualTo(article.title());
		assertThat(page.select("head meta[property=og:description]").attr("content")).isEqualTo(article.summary());
		assertThat(page.select("head meta[name=twitter:title]").attr("content")).isEqualTo(article.title());
	}

	@Test
	void pagesThatAreNotForIndexingSaySo() {
		assertThat(this.web.get("/search?q=cramp").html().select("meta[name=robots]").attr("content"))
			.isEqualTo("noindex");
		assertThat(this.web.get("/no-such-page").html().select("link[rel=canonical]")).isEmpty();
		assertThat(this.web.get("/topics").html().select("link[rel=canonical]").attr("href"))
			.isEqualTo(this.settings.baseUrl() + "/topics");
	}

	@Test
	void articleJsonLdIsAMedicalWebPageWithBreadcrumbsMatchingThePage() {
		Article article = this.content.current().article("peripheral-artery-disease").orElseThrow();
		Document page = this.web.get(this.urls.article(article)).html();
		JsonNode graph = JsonMapper.builder()
			.build()
			.readTree(page.select("script[type=application/ld+json]").first().data());

		JsonNode webPage = graph.get(0);
		assertThat(webPage.get("@context").asString()).isEqualTo("https://schema.org");
		assertThat(webPage.get("@type").asString()).isEqualTo("MedicalWebPage");
		assertThat(webPage.get("name").asString()).isEqualTo(article.title());
		assertThat(webPage.get("lastReviewed").asString()).isEqualTo(article.reviewed().toString());
		assertThat(webPage.get("about").get("@type").asString()).isEqualTo("MedicalCondition");
		assertThat(webPage.get("about").get("name").asString()).isEqualTo("Peripheral artery disease");
		assertThat(webPage.get("citation").valueStream().map((citation) -> citation.get("url").asString()).toList())
			.containsExactlyElementsOf(article.sources().stream().map((source) -> source.url()).toList());

		JsonNode breadcrumbs = graph.get(1);
		assertThat(breadcrumbs.get("@type").asString()).isEqualTo("BreadcrumbList");
		List<String> names = breadcrumbs.get("itemListElement")
			.valueStream()
			.map((item) -> item.get("name").asString())
			.toList();
		assertThat(names).isEqualTo(page.select("nav.breadcrumbs li").eachText());
		List<String> links = breadcrumbs.get("itemListElement")
			.valueStream()
			.map((item) -> item.get("item").asString())
			.toList();
		List<String> pageLinks = new java.util.ArrayList<>(page.select("nav.breadcrumbs li a")
			.eachAttr("href")
			.stream()
			.map((href) -> this.settings.baseUrl() + href)
			.toList());
		pageLinks.add(this.settings.baseUrl() + this.urls.article(article));
		assertThat(links).isEqualTo(pageLinks);
	}

	@Test
	void jsonLdCannotBreakOutOfItsScriptElement() {
		String json = this.web.get("/articles/spinal-stenosis")
			.html()
			.select("script[type=application/ld+json]")
			.first()
			.data();
		assertThat(json).doesNotContain("<", ">");
	}

	@Test
	void articlesNotAboutOneConditionHaveNoAbout() {
		Document page = this.web.get("/articles/stretches-for-leg-cramps").html();
		JsonNode webPage = JsonMapper.builder()
			.build()
			.readTree(page.select("script[type=application/ld+json]").first().data())
			.get(0);
		assertThat(webPage.has("about")).isFalse();
		assertThat(webPage.get("@type").asString()).isEqualTo("MedicalWebPage");
	}

}
