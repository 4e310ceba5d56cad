package com.legspasms.web;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.legspasms.site.Article;
import com.legspasms.site.PublishedSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real site over the real {@code content/} folder, requested over HTTP like a
 * reader's browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SiteCrawlTest extends WebTestSupport {

	@Autowired
	SiteUrls urls;

	@Autowired
	PublishedSite content;

	@Test
	void crawlFromHomeReachesEveryArticleAndEveryLinkAnswers200() {
		Map<String, WebClient.Page> pages = SiteCrawler.crawl(this.web);
		Set<String> fragmentLinks = new LinkedHashSet<>();
		pages.forEach((path, page) -> {
			assertThat(page.status()).as("status of %s", path).isEqualTo(200);
			assertThat(page.header("Content-Type")).as("type of %s", path).startsWith("text/html");
			PageAssertions.assertInLayout(page.html());
			for (Element link : page.html().select("a[href*=#]")) {
				URI target = URI.create(link.absUrl("href"));
				if ("127.0.0.1".equals(target.getHost())) {
					fragmentLinks.add(target.getPath() + "#" + target.getFragment());
				}
			}
		});
		for (Article article : this.content.current().articles()) {
			assertThat(pages).as("crawl reaches %s", this.urls.article(article))
				.containsKey(this.urls.article(article));
		}
		for (String fragmentLink : fragmentLinks) {
			String[] parts = fragmentLink.split("#", 2);
			Document target = pages.get(parts[0]).html();
			assertThat(target.getElementById(parts[1])).as("anchor of link %s", fragmentLink).isNotNull();
		}
	}

	@Test
	void homeListsEveryArticleWithAContinueReadingLinkThatOpensIt() {
		Document home = this.web.get("/").html();
		for (Article article : this.content.current().articles()) {
			Element more = home.selectFirst("li.card a.card__more[href=" + this.urls.article(article) + "]");
			assertThat(more).as("Continue reading link to %s", this.urls.article(article)).isNotNull();
			assertThat(more.text()).isEqualTo("Continue reading: " + article.title());
			assertThat(more.parent().selectFirst(".card__summary").text()).isEqualTo(article.summary());
			WebClient.Page opened = this.web.get(more.attr("href"));
			assertThat(opened.status()).isEqualTo(200);
			assertThat(opened.html().select("h1").text()).isEqualTo(article.title());
		}
	}

	@Test
	void homeGroupsArticlesByCategoryInConfiguredOrderAndLeadsWithTheHub() {
		Document home = this.web.get("/").html();
		Article hub = this.content.current().hub();
		assertThat(home.select("section.hub a.card__more").attr("href")).isEqualTo(this.urls.article(hub));
		List<String> expected = this.content.current()
			.sections()
			.stream()
			.filter((section) -> !section.articles().isEmpty())
			.map((section) -> section.category().title())
			.toList();
		assertThat(home.select("section.category > h2").eachText()).containsExactlyElementsOf(expected);
	}

	@Test
	void articlePageShowsDatesContentsSourcesRelatedConditionsAndBreadcrumbs() {
		Article hub = this.content.current().hub();
		Document page = this.web.get(this.urls.article(hub)).html();
		assertThat(page.select("h1").text()).isEqualTo(hub.title());
		assertThat(page.select("nav.breadcrumbs li").eachText()).containsExactly("Home", hub.category().title(),
				hub.title());
		assertThat(page.select("nav.breadcrumbs li a").eachAttr("href")).containsExactly("/",
				this.urls.topic(hub.category()));
		assertThat(page.select(".review-dates dt").eachText()).containsExactly("Page last reviewed:",
				"Next review due:");
		assertThat(page.select(".review-dates time").eachAttr("datetime")).containsExactly(hub.reviewed().toString(),
				hub.nextReviewDue().toString());
		assertThat(page.select("nav.contents a").eachAttr("href"))
			.containsExactlyElementsOf(hub.contents().stream().map((heading) -> "#" + heading.id()).toList());
		assertThat(page.select(".sources a").eachAttr("href"))
			.containsExactlyElementsOf(hub.sources().stream().map((source) -> source.url()).toList());
		List<String> related = this.content.current().relatedConditions(hub).stream().map(this.urls::article).toList();
		assertThat(related).isNotEmpty();
		assertThat(page.select("section.related a.card__more").eachAttr("href")).containsExactlyElementsOf(related);
		assertThat(page.select("section.related a.card__more").eachText())
			.allSatisfy((text) -> assertThat(text).startsWith("Continue reading"));
	}

	@Test
	void articlesLinkToTheirNeighboursInTheCategory() {
		for (Article article : this.content.current().articles()) {
			var neighbours = this.content.current().neighbours(article);
			Document page = this.web.get(this.urls.article(article)).html();
			assertThat(page.select("nav.pager a[rel=prev]").attr("href"))
				.isEqualTo((neighbours.previous() != null) ? this.urls.article(neighbours.previous()) : "");
			assertThat(page.select("nav.pager a[rel=next]").attr("href"))
				.isEqualTo((neighbours.next() != null) ? this.urls.article(neighbours.next()) : "");
		}
	}

	@Test
	void topicPagesListTheirArticles() {
		Document topics = this.web.get("/topics").html();
		for (var section : this.content.current().sections()) {
			assertThat(topics.select("h2 a[href=" + this.urls.topic(section.category()) + "]").text())
				.isEqualTo(section.category().title());
			Document topic = this.web.get(this.urls.topic(section.category())).html();
			assertThat(topic.select("h1").text()).isEqualTo(section.category().title());
			assertThat(topic.select("a.card__more").eachAttr("href"))
				.containsExactlyElementsOf(section.articles().stream().map(this.urls::article).toList());
		}
	}

}
