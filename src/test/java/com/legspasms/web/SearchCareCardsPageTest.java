package com.legspasms.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import com.legspasms.site.CareTriggerSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The care cards above search results, as a reader sees the page: the most urgent card first,
 * before the search form and the results, linking to the article that explains it; none for an
 * ordinary query. Over the real articles with the care blocks of {@link CareTriggerSite}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "site.content-dir=" + CareTriggerSite.DIR, "site.watch.enabled=false" })
class SearchCareCardsPageTest extends WebTestSupport {

	static {
		CareTriggerSite.prepare();
	}

	@Test
	void theEmergencyCardComesFirstAboveTheResults() {
		Document html = search("swollen calf and chest pain");
		Element main = html.selectFirst("main");
		assertThat(main.select(".care-card")).extracting((card) -> card.attr("data-care-block"))
			.startsWith("clot-in-lungs", "clot-signs");
		Element first = main.selectFirst(".care-card");
		assertThat(first.classNames()).contains("care-card--emergency");
		assertThat(first.text()).contains("Emergency", "Call 999 or go to A&E if:", "coughing up blood");
		String order = main.select("h1, .care-card, form, .search-results").eachAttr("class").toString();
		assertThat(order.indexOf("care-card--emergency")).isLessThan(order.indexOf("search-page-form"));
		assertThat(main.select(".search-results .search-result")).isNotEmpty();
		assertThat(main.select(".search-care__more a")).extracting((link) -> link.attr("href"))
			.containsExactly("/articles/when-to-see-a-doctor-about-leg-cramps");
	}

	@Test
	void cardsShowEvenWhenNoArticleMatches() {
		Document html = search("lockjaw");
		assertThat(html.select("main .care-card")).extracting((card) -> card.attr("data-care-block"))
			.containsExactly("tetanus");
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
