package com.legspasms.web;

import com.legspasms.rendering.ArticleLink;
import com.legspasms.rendering.MarkdownRenderer;
import com.legspasms.site.Category;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The URL scheme: the addresses it builds are the catalogue's, and the Markdown renderer
 * rewrites writers' links to articles through it.
 */
class SiteUrlsTest {

	private final SiteUrls urls = new SiteUrls();

	@Test
	void buildsArticleAndTopicAddressesFromTheCatalogue() {
		assertThat(this.urls.pathOf("leg-cramps")).isEqualTo("/articles/leg-cramps")
			.isEqualTo(PageKind.ARTICLE.expand("leg-cramps"));
		assertThat(this.urls.topic(new Category("causes", "Causes", "Why it happens."))).isEqualTo("/topics/causes")
			.isEqualTo(PageKind.TOPIC.expand("causes"));
		assertThat(PageKind.keptInMemoryAddresses().matcher(this.urls.pathOf("leg-cramps")).matches()).isTrue();
	}

	@Test
	void recognisesAnArticleAddressAsAWriterTypesIt() {
		assertThat(this.urls.slugAt("/articles/leg-cramps")).contains("leg-cramps");
		assertThat(this.urls.slugAt("/articles/leg-cramps/")).contains("leg-cramps");
		// Not checked against the slug rule here: a wrong slug is reported as a missing
		// article.
		assertThat(this.urls.slugAt("/articles/Leg_Cramps")).contains("Leg_Cramps");
		assertThat(this.urls.slugAt("/articles/a/b")).isEmpty();
		assertThat(this.urls.slugAt("/topics/causes")).isEmpty();
		assertThat(this.urls.slugAt("leg-cramps")).isEmpty();
	}

	@Test
	void aWritersLinkIsParsedAndRewrittenThroughTheScheme() {
		assertThat(ArticleLink.parse("other.md#symptoms", this.urls)).contains(new ArticleLink("other", "symptoms"));
		assertThat(ArticleLink.parse("/articles/other/#symptoms", this.urls))
			.contains(new ArticleLink("other", "symptoms"));
		assertThat(ArticleLink.parse("/articles/other#", this.urls)).contains(new ArticleLink("other", null));
		assertThat(ArticleLink.parse("https://example.org/articles/other", this.urls)).isEmpty();
		assertThat(new ArticleLink("other", "symptoms").sitePath(this.urls)).isEqualTo("/articles/other#symptoms");
		String html = new MarkdownRenderer(this.urls)
			.render("See [stretches](stretches.md#calf) and [x](/articles/x/).", 1)
			.html();
		assertThat(Jsoup.parse(html).select("a").eachAttr("href")).containsExactly("/articles/stretches#calf",
				"/articles/x");
	}

	@Test
	void theRenderingLayerFollowsWhateverSchemeItIsGiven() {
		MarkdownRenderer renderer = new MarkdownRenderer(new com.legspasms.rendering.ArticleAddresses() {

			@Override
			public String pathOf(String slug) {
				return "/read/" + slug + ".html";
			}

			@Override
			public java.util.Optional<String> slugAt(String path) {
				return java.util.Optional.empty();
			}

		});
		String html = renderer.render("See [stretches](stretches.md#calf) and [x](/articles/x).", 1).html();
		assertThat(Jsoup.parse(html).select("a").eachAttr("href")).containsExactly("/read/stretches.html#calf",
				"/articles/x");
	}

}
