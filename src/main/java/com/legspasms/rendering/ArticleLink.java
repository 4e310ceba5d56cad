package com.legspasms.rendering;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.legspasms.content.Slug;

/**
 * A writer's link to another article, written the way Markdown editors and GitHub understand:
 * {@code other-article.md} or {@code other-article.md#heading-id}.
 *
 * @param slug the target article
 * @param anchor the heading id within it, or {@code null}
 */
public record ArticleLink(String slug, String anchor) {

	private static final Pattern MARKDOWN_FILE = Pattern
		.compile("(?:\\./)?(" + Slug.REGEX + ")\\.md(?:#(.*))?");

	/**
	 * Recognises a link to an article, written as its file name ({@code other.md#anchor}) or,
	 * less often, as its site path ({@code /articles/other#anchor}, with or without a trailing
	 * slash, as the site's URL scheme recognises it).
	 * @param url a link target as written
	 * @param addresses the site's article addresses
	 * @return the article and anchor, or empty when the link is not to an article
	 */
	public static Optional<ArticleLink> parse(String url, ArticleAddresses addresses) {
		Matcher matcher = MARKDOWN_FILE.matcher(url);
		if (matcher.matches()) {
			return Optional.of(new ArticleLink(matcher.group(1), anchorOrNull(matcher.group(2))));
		}
		int hash = url.indexOf('#');
		String path = (hash >= 0) ? url.substring(0, hash) : url;
		String anchor = (hash >= 0) ? url.substring(hash + 1) : null;
		return addresses.slugAt(path).map((slug) -> new ArticleLink(slug, anchorOrNull(anchor)));
	}

	private static String anchorOrNull(String anchor) {
		return (anchor == null || anchor.isEmpty()) ? null : anchor;
	}

	/**
	 * Returns the address on the site that the link is rewritten to.
	 * @param addresses the site's article addresses
	 * @return the site path of the article, with the anchor if any
	 */
	public String sitePath(ArticleAddresses addresses) {
		return addresses.pathOf(this.slug) + ((this.anchor != null) ? "#" + this.anchor : "");
	}

}
