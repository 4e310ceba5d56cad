package com.legspasms.web;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchPageTest extends WebTestSupport {

	@Test
	void resultsShowCountTitleCategoryAndHighlightedSnippet() {
		WebClient.Page page = this.web.get("/search?q=" + encode("calf cramp"));
		assertThat(page.status()).isEqualTo(200);
		Document html = page.html();
		PageAssertions.assertInLayout(html);
		assertThat(html.select("h1").text()).isEqualTo("Search results");
		int count = Integer.parseInt(html.select(".search-count strong").text());
		assertThat(count).isPositive();
		assertThat(html.select(".search-result")).hasSize(Math.min(count, 10));
		for (Element result : html.select(".search-result")) {
			assertThat(result.select("h2 a").attr("href")).startsWith("/articles/");
			assertThat(result.select(".search-result__category").text()).isNotBlank();
		}
		assertThat(html.select(".search-result__snippet mark")).isNotEmpty();
		assertThat(html.select(".search-result__snippet mark").eachText())
			.allSatisfy((word) -> assertThat(word.toLowerCase()).containsAnyOf("calf", "cramp", "leg", "spasm",
					"charley", "charlie", "horse"));
		assertThat(html.select("header input[name=q]").attr("value")).isEqualTo("calf cramp");
	}

	@Test
	void resultsFoundOnlyForTheNearestSpellingSaySo() {
		Document html = this.web.get("/search?q=kramps").html();
		assertThat(html.select(".search-result")).isNotEmpty();
		assertThat(html.select(".search-note").text())
			.isEqualTo("No articles match kramps as you spelled it, so these results are for the nearest spelling.");
		assertThat(html.select(".search-note q").text()).isEqualTo("kramps");
		assertThat(html.select(".search-count q").text()).isEqualTo("cramps");
		assertThat(html.select(".search-suggestion a").text()).isEqualTo("cramps");
		Document typedRight = this.web.get("/search?q=cramps").html();
		assertThat(typedRight.select(".search-note")).isEmpty();
		assertThat(typedRight.select(".search-count q").text()).isEqualTo("cramps");
	}

	@Test
	void aQueryWithNoMatchesOffersPopularArticlesAndTopics() {
		Document html = this.web.get("/search?q=" + encode("qwxzv")).html();
		assertThat(html.select(".search-result")).isEmpty();
		assertThat(html.select(".search-empty h2").text()).isEqualTo("No articles match “qwxzv”");
		assertThat(html.select(".search-empty a[href^=/articles/]")).hasSizeGreaterThanOrEqualTo(3);
		assertThat(html.select(".search-empty a[href^=/topics/]")).isNotEmpty();
	}

	@Test
	void anEmptySearchShowsTheSearchPage() {
		for (String path : new String[] { "/search", "/search?q=", "/search?q=+++" }) {
			WebClient.Page page = this.web.get(path);
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.html().select("h1").text()).isEqualTo("Search");
			assertThat(page.html().select(".search-count")).isEmpty();
			assertThat(page.html().select("main form[role=search] input[name=q]")).hasSize(1);
		}
	}

	@Test
	void aMisspelledQueryGetsADidYouMeanLinkThatSearchesAgain() {
		Document html = this.web.get("/search?q=" + encode("restles legz")).html();
		Element suggestion = html.selectFirst(".search-suggestion a");
		assertThat(suggestion).isNotNull();
		assertThat(suggestion.text()).isEqualTo("restless legs");
		assertThat(suggestion.attr("href")).isEqualTo("/search?q=restless%20legs");
	}

	@Test
	void openSearchDescriptionPointsAtTheSearchPage() throws Exception {
		WebClient.Page page = this.web.get("/opensearch.xml", "*/*");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("Content-Type")).startsWith("application/opensearchdescription+xml");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		org.w3c.dom.Document xml = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(page.response().body().getBytes(StandardCharsets.UTF_8)));
		assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo("http://a9.com/-/spec/opensearch/1.1/");
		assertThat(xml.getElementsByTagNameNS("*", "ShortName").item(0).getTextContent()).isEqualTo("Leg Cramp Guide");
		org.w3c.dom.Element url = (org.w3c.dom.Element) xml.getElementsByTagNameNS("*", "Url").item(0);
		assertThat(url.getAttribute("type")).isEqualTo("text/html");
		assertThat(url.getAttribute("template")).endsWith("/search?q={searchTerms}");
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	@Test
	void eachSearchLandmarkHasItsOwnName() {
		// axe-core 4.14's landmark-unique: two search landmarks need different accessible
		// names.
		List<String> names = this.web.get("/search?q=cramp").html().select("[role=search]").eachAttr("aria-label");
		assertThat(names).hasSize(2).doesNotHaveDuplicates().allSatisfy((name) -> assertThat(name).isNotBlank());
	}

}
