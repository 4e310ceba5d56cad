package com.legspasms.web;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.legspasms.rendering.ArticleAddresses;
import com.legspasms.site.Article;
import com.legspasms.site.Category;

import org.springframework.stereotype.Component;

/**
 * The site's URL scheme: the one place that builds the address of an article or a topic,
 * from the catalogue's path patterns ({@link PageKind#ARTICLE}, {@link PageKind#TOPIC}).
 * Controllers, feeds, the sitemap, structured data and the training run call it;
 * templates call it as the model attribute {@code urls}
 * ({@code th:href="@{${urls.article(article)}}"}, see {@link SiteModelAdvice}); the
 * Markdown renderer rewrites writers' links to articles through it (as its
 * {@link ArticleAddresses}). Addresses are site paths, without the base URL
 * ({@code site.base-url}).
 */
@Component
public class SiteUrls implements ArticleAddresses {

	/**
	 * An article's path as a writer may type it: one segment after the prefix, a trailing
	 * slash allowed.
	 */
	private static final Pattern ARTICLE_PATH = Pattern
		.compile(Pattern.quote(PageKind.ARTICLE.expand("")) + "([^#?/]+)/?");

	/**
	 * Returns the path of an article's page.
	 * @param article an article
	 * @return its path, such as {@code /articles/leg-cramps}
	 */
	public String article(Article article) {
		return pathOf(article.slug());
	}

	/**
	 * Returns the path of the article with a slug.
	 * @param slug an article's slug (not checked)
	 * @return its path, such as {@code /articles/leg-cramps}
	 */
	@Override
	public String pathOf(String slug) {
		return PageKind.ARTICLE.expand(slug);
	}

	/**
	 * Returns the path of a category's topic page.
	 * @param category a configured category
	 * @return the path of its topic page, such as {@code /topics/causes}
	 */
	public String topic(Category category) {
		return topicAt(category.key());
	}

	/**
	 * Returns the path of the topic page of a category's key.
	 * @param key a category's key (not checked)
	 * @return the path of its topic page, such as {@code /topics/causes}
	 */
	public String topicAt(String key) {
		return PageKind.TOPIC.expand(key);
	}

	@Override
	public Optional<String> slugAt(String path) {
		Matcher matcher = ARTICLE_PATH.matcher(path);
		return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

}
