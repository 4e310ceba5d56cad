package com.legspasms.rendering;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A writer's link to another article, written the way Markdown editors and GitHub understand:
 * {@code other-article.md} or {@code other-article.md#heading-id}.
 *
 * @param slug the target article
 * @param anchor the heading id within it, or {@code null}
 */
public record ArticleLink(String slug, String anchor) {

	private static final Pattern MARKDOWN_FILE = Pattern
		.compile("(?:\\./)?([a-z0-9]+(?:-[a-z0-9]+)*)\\.md(?:#(.*))?");

	/** A trailing slash is allowed and dropped: {@code /articles/x/} is {@code /articles/x}. */
	private static final Pattern SITE_PATH = Pattern.compile("/articles/([^#?/]+)/?(?:#(.*))?");

	/**
	 * Recognises a link to an article, written as its file name ({@code other.md#anchor}) or,
	 * less often, as its site path ({@code /articles/other#anchor}, with or without a trailing slash).
	 * @param url a link target as written
	 * @return the article and anchor, or empty when the link is not to an article
	 */
	public static Optional<ArticleLink> parse(String url) {
		Matcher matcher = MARKDOWN_FILE.matcher(url);
		if (!matcher.matches()) {
			matcher = SITE_PATH.matcher(url);
		}
		if (!matcher.matches()) {
			return Optional.empty();
		}
		String anchor = matcher.group(2);
		return Optional.of(new ArticleLink(matcher.group(1), (anchor == null || anchor.isEmpty()) ? null : anchor));
	}

	public static String pathOf(String slug) {
		return "/articles/" + slug;
	}

	public String sitePath() {
		return pathOf(this.slug) + ((this.anchor != null) ? "#" + this.anchor : "");
	}

}
