package com.legspasms.rendering;

import java.util.Optional;

/**
 * Where the site serves its articles: the link target function the Markdown renderer
 * rewrites writers' links with. The rendering layer does not know the site's addresses;
 * the web layer's URL scheme implements this ({@code web.SiteUrls}).
 */
public interface ArticleAddresses {

	/**
	 * The site path of an article.
	 * @param slug the article's slug
	 * @return its path on the site, such as {@code /articles/leg-cramps}
	 */
	String pathOf(String slug);

	/**
	 * Recognises a writer's link written as an article's site path rather than its file
	 * name.
	 * @param path a link target without its {@code #anchor}, such as
	 * {@code /articles/leg-cramps} (a trailing slash allowed)
	 * @return the slug named by the path, as written (not checked against the slug rule,
	 * so that a wrong one is reported as a missing article), or empty when the path is
	 * not an article's
	 */
	Optional<String> slugAt(String path);

}
