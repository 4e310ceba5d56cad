package com.legspasms.site;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The site's policy for an article's "Related conditions": first the articles its writer
 * listed under {@code related}, in the writer's order, then every other article that
 * links to it, in the site's reading order; never the article itself, and only articles
 * that are on the site (a draft outside preview mode is not).
 */
final class RelatedArticles {

	private final Map<String, Article> inReadingOrder;

	private final Map<String, Integer> position;

	/**
	 * Creates the policy over one snapshot's articles.
	 * @param inReadingOrder every article on the site, by slug, in the site's reading
	 * order
	 */
	RelatedArticles(Map<String, Article> inReadingOrder) {
		this.inReadingOrder = inReadingOrder;
		this.position = new HashMap<>();
		inReadingOrder.keySet().forEach((slug) -> this.position.put(slug, this.position.size()));
	}

	/**
	 * The related articles of one article.
	 * @param slug the article's slug
	 * @param listed the slugs its front matter lists under {@code related}
	 * @param linkingHere the slugs of the articles whose bodies link to it
	 * @return the related articles, in the order shown
	 */
	List<Article> of(String slug, List<String> listed, Set<String> linkingHere) {
		Set<String> slugs = new LinkedHashSet<>(listed);
		linkingHere.stream()
			.filter(this.position::containsKey)
			.sorted(Comparator.comparing(this.position::get))
			.forEach(slugs::add);
		slugs.remove(slug);
		return slugs.stream().map(this.inReadingOrder::get).filter(Objects::nonNull).toList();
	}

}
