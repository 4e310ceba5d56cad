package com.legspasms.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The care cards above search results, as a reader sees the page: the most urgent card
 * first, before the search form and the results, linking to the article that explains it;
 * none for an ordinary query.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchCareCardsPageTest extends WebTestSupport {

	@Test
	void theEmergencyCardComesFirstAboveTheResults() {
		Document html = search("swollen calf and chest pain");
		Element main = html.selectFirst("main");
		assertThat(main.select(".care-card")).extracting((card) -> card.attr("data-care-block"))
			.containsExactly("pulmonary-embolism", "dvt-signs");
		Element first = main.selectFirst(".care-card");
		assertThat(first.classNames()).contains("care-card--emergency");
		assertThat(first.text()).contains("Emergency", "Call 999", "coughing up blood");
		String order = main.select("h1, .care-card, form, .search-results").eachAttr("class").toString();
		assertThat(order.indexOf("care-card--emergency")).isLessThan(order.indexOf("search-page-form"));
		assertThat(main.select(".search-results .search-result")).isNotEmpty();
		assertThat(main.select(".search-care__more a")).extracting((link) -> link.attr("href"))
			.containsExactly("/articles/deep-vein-thrombosis", "/articles/deep-vein-thrombosis");
	}

	@Test
	void cardsShowEvenWhenNoArticleMatches() {
		Document html = search("lockjaw");
		assertThat(html.select("main .care-card")).extracting((card) -> card.attr("data-care-block"))
			.containsExactly("tetanus-emergency");
		assertThat(html.select(".search-empty h2").text()).startsWith("No articles match");
	}

	@Test
	void anOrdinaryQueryShowsNoCard() {
		Document html = search("calf cramp at night");
		assertThat(html.select("main .care-card, .search-care")).isEmpty();
		assertThat(html.select(".search-result")).isNotEmpty();
	}

	@Test
	void thePageWithCardsIsValidHtml() throws Exception {
		for (String query : new String[] { "swollen calf and chest pain", "lockjaw" }) {
			String body = this.web.raw("GET", "/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).body();
			assertThat(HtmlValidityTest.errorsIn(body)).as(query).isEmpty();
		}
	}

	private Document search(String query) {
		WebClient.Page page = this.web.get("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
		assertThat(page.status()).isEqualTo(200);
		PageAssertions.assertInLayout(page.html());
		return page.html();
	}

}
