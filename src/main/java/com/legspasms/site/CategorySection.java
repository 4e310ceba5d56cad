package com.legspasms.site;

import java.util.List;

/**
 * A category with its articles in reading order.
 *
 * @param category the configured category
 * @param articles its articles, in reading order
 */
public record CategorySection(Category category, List<Article> articles) {

	public CategorySection {
		articles = List.copyOf(articles);
	}

}
