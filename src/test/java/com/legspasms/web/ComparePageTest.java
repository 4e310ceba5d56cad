package com.legspasms.web;

import java.util.List;

import com.legspasms.site.Article;
import com.legspasms.site.PublishedSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "/compare" over the real content: the table, its filters, and the "Could it be
 * something else?" box on each profiled article.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ComparePageTest extends WebTestSupport {

	@Autowired
	SiteUrls urls;

	@Autowired
	PublishedSite content;

	@Test
	void theTableHasAColumnPerProfiledConditionLinkingToItsArticle() {
		List<Article> profiled = this.content.current().comparison().conditions();
		assertThat(profiled).extracting(Article::slug)
			.contains("nocturnal-leg-cramps", "exercise-associated-muscle-cramps", "symptoms-of-restless-leg-syndrome",
					"peripheral-artery-disease", "spinal-stenosis", "muscle-pain-in-legs", "deep-vein-thrombosis",
					"leg-pain-in-children", "heat-cramps-and-heat-illness", "sciatica", "bakers-cyst", "cellulitis");
		WebClient.Page page = this.web.get("/compare");
		assertThat(page.status()).isEqualTo(200);
		PageAssertions.assertInLayout(page.html());
		Element table = page.html().selectFirst("table.compare-table");
		assertThat(table.select("caption").text()).isNotBlank();
		assertThat(table.select("thead th[scope=col] a").eachAttr("href"))
			.containsExactlyInAnyOrderElementsOf(profiled.stream().map(this.urls::article).toList())
			.first()
			.as("the condition most like all the others leads")
			.isEqualTo("/articles/muscle-pain-in-legs");
		assertThat(table.select("tbody th[scope=row]").eachText()).containsExactly("Comes on", "Where it is felt",
				"What it feels like", "How long it lasts", "What eases it", "What makes it worse", "Warning signs");
		for (Element row : table.select("tbody tr")) {
			assertThat(row.select("td")).hasSize(profiled.size());
			assertThat(row.select("td").eachText()).allSatisfy((cell) -> assertThat(cell).isNotBlank());
		}
		for (String href : table.select("thead th a").eachAttr("href")) {
			assertThat(this.web.get(href).status()).isEqualTo(200);
		}
	}

	@Test
	void thePageSaysItIsNotADiagnosisAndAlwaysPlacesTheEmergencyAndUrgentBlocks() {
		for (String path : List.of("/compare", "/compare?comes-on=night",
				"/compare?comes-on=exercise&eased-by=moving")) {
			Document page = this.web.get(path).html();
			assertThat(page.select(".compare-notice").text()).contains("not a diagnosis");
			assertThat(page.select(".compare-care [data-care-block]").eachAttr("data-care-block"))
				.containsExactly("pulmonary-embolism", "acute-limb-ischaemia", "cauda-equina", "dvt-signs");
			assertThat(page.select(".care-card--emergency .care-card__title").first().text()).contains("Call 999");
			assertThat(page.select("[data-care-block=pulmonary-embolism] li").eachText())
				.anySatisfy((sign) -> assertThat(sign).contains("coughing up blood"));
			assertThat(page.select("[data-care-block=dvt-signs] li").eachText())
				.anySatisfy((sign) -> assertThat(sign).contains("thigh"))
				.anySatisfy((sign) -> assertThat(sign).contains("brown or black skin"));
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					comes-on=night                          | nocturnal-leg-cramps symptoms-of-restless-leg-syndrome leg-pain-in-children
					comes-on=heat                           | heat-cramps-and-heat-illness
					comes-on=walking                        | peripheral-artery-disease spinal-stenosis
					eased-by=sitting                        | spinal-stenosis
					eased-by=rest                           | exercise-associated-muscle-cramps peripheral-artery-disease heat-cramps-and-heat-illness
					comes-on=night&eased-by=moving          | nocturnal-leg-cramps symptoms-of-restless-leg-syndrome
					comes-on=night&eased-by=stretching      | nocturnal-leg-cramps
					comes-on=rest&comes-on=walking&eased-by=moving | symptoms-of-restless-leg-syndrome
					eased-by=medical-care                   | deep-vein-thrombosis bakers-cyst cellulitis
					comes-on=exercise&eased-by=sitting      | ''
					comes-on=full-moon                      | ALL
					eased-by=<script>&first=nothing         | ALL
					first=spinal-stenosis&comes-on=walking  | spinal-stenosis peripheral-artery-disease
					""")
	void filtersNarrowTheColumns(String query, String expected) {
		Document page = this.web.get("/compare?" + query.replace("<", "%3C").replace(">", "%3E")).html();
		List<String> columns = page.select("table.compare-table thead th a")
			.eachAttr("href")
			.stream()
			.map((href) -> href.substring("/articles/".length()))
			.toList();
		if (expected.equals("ALL")) {
			assertThat(columns).hasSize(this.content.current().comparison().conditions().size());
			return;
		}
		if (expected.isEmpty()) {
			assertThat(columns).isEmpty();
			assertThat(page.select("main p").text()).contains("No condition in this guide matches");
			return;
		}
		List<String> wanted = List.of(expected.split(" "));
		if (query.startsWith("first=")) {
			assertThat(columns).containsExactlyElementsOf(wanted);
		}
		else {
			assertThat(columns).containsExactlyInAnyOrderElementsOf(wanted);
		}
		for (Element box : page.select("form.compare-filters input[type=checkbox]")) {
			assertThat(box.hasAttr("checked")).isEqualTo(query.contains(box.attr("name") + "=" + box.attr("value")));
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					nocturnal-leg-cramps              | exercise-associated-muscle-cramps symptoms-of-restless-leg-syndrome leg-pain-in-children
					peripheral-artery-disease         | exercise-associated-muscle-cramps heat-cramps-and-heat-illness spinal-stenosis
					symptoms-of-restless-leg-syndrome | leg-pain-in-children nocturnal-leg-cramps peripheral-artery-disease
					deep-vein-thrombosis              | cellulitis bakers-cyst
					bakers-cyst                       | deep-vein-thrombosis cellulitis
					cellulitis                        | deep-vein-thrombosis bakers-cyst
					leg-pain-in-children              | muscle-pain-in-legs
					heat-cramps-and-heat-illness      | muscle-pain-in-legs exercise-associated-muscle-cramps
					sciatica                          | muscle-pain-in-legs
					""")
	void profiledArticlesNameTheirMostSimilarConditions(String slug, String expectedFirst) {
		Document page = this.web.get("/articles/" + slug).html();
		Element box = page.selectFirst("aside.similar");
		assertThat(box.select("h2").text()).isEqualTo("Could it be something else?");
		List<String> named = box.select("li a").eachAttr("href");
		List<String> expected = List.of(expectedFirst.split(" ")).stream().map((s) -> "/articles/" + s).toList();
		assertThat(named).startsWith(expected.toArray(String[]::new));
		assertThat(named).hasSizeBetween(2, 3);
		assertThat(box.select("a[href^=/compare]").attr("href")).isEqualTo("/compare?first=" + slug);
		Document compare = this.web.get("/compare?first=" + slug).html();
		assertThat(compare.select("thead th a").first().attr("href")).isEqualTo("/articles/" + slug);
	}

	@Test
	void articlesWithoutAProfileHaveNoSimilarityBox() {
		assertThat(this.web.get("/articles/stretches-for-leg-cramps").html().select("aside.similar")).isEmpty();
	}

}
