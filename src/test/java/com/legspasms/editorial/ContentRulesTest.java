package com.legspasms.editorial;

import java.util.stream.Stream;

import com.legspasms.site.Article;
import com.legspasms.site.PublishedSite;
import com.legspasms.site.SiteProperties;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every article in the real {@code content/} folder follows the editorial rules; a
 * failure names the article and each rule it breaks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContentRulesTest {

	@Autowired
	PublishedSite content;

	@Autowired
	SiteProperties properties;

	@TestFactory
	Stream<DynamicTest> everyArticleFollowsTheEditorialRules() {
		EditorialRules rules = new EditorialRules(this.properties.hub());
		return this.content.current()
			.articles()
			.stream()
			.map((Article article) -> DynamicTest.dynamicTest(article.slug(),
					() -> assertThat(rules.check(this.content.current(), article))
						.as("editorial rules broken by content/articles/%s.md", article.slug())
						.isEmpty()));
	}

}
