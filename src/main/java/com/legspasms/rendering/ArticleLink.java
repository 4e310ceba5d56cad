package com.legspasms.rendering;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.legspasms.content.ContentLayout;
import com.legspasms.content.Slug;

/**
 * A writer's link to another article, written the way Markdown editors and GitHub
 * understand: {@code other-article.md} or {@code other-article.md#heading-id}, or any
 * relative path that GitHub resolves to that file, such as {@code ./other-article.md} or
 * {@code ../articles/other-article.md} (the natural form in a care block in
 * {@code content/care/}).
 *
 * @param slug the target article
 * @param anchor the heading id within it, or {@code null}
 */
public record ArticleLink(String slug, String anchor) {

	private static final Pattern MARKDOWN_FILE = Pattern.compile("(" + Slug.REGEX + ")\\.md");

	/**
	 * Recognises a link to an article, written as a relative path to its file
	 * ({@code other.md#anchor}, {@code ../articles/other.md}) or, less often, as its site
	 * path ({@code /articles/other#anchor}, with or without a trailing slash, as the
	 * site's URL scheme recognises it). A relative path is resolved as GitHub resolves it
	 * from a file in {@code content/articles/} or its sibling {@code content/care/} (RFC
	 * 3986, section 5.2: {@code .} and {@code ..} segments removed); it names an article
	 * when it lands on a {@code .md} file directly in {@code content/articles/}.
	 * @param url a link target as written
	 * @param addresses the site's article addresses
	 * @return the article and anchor, or empty when the link is not to an article
	 */
	public static Optional<ArticleLink> parse(String url, ArticleAddresses addresses) {
		int hash = url.indexOf('#');
		String path = (hash >= 0) ? url.substring(0, hash) : url;
		String anchor = (hash >= 0) ? url.substring(hash + 1) : null;
		Matcher matcher = MARKDOWN_FILE.matcher(articlesFile(path));
		if (matcher.matches()) {
			return Optional.of(new ArticleLink(matcher.group(1), anchorOrNull(anchor)));
		}
		return addresses.slugAt(path).map((slug) -> new ArticleLink(slug, anchorOrNull(anchor)));
	}

	/**
	 * The file name a relative path leads to when it leads to a file directly in
	 * {@code content/articles/}, read from a file there or in {@code content/care/}.
	 * @param path a link's path, without its anchor
	 * @return the file name, or {@code ""} when the path is absolute, has a scheme or
	 * query, or leads anywhere else
	 */
	public static String articlesFile(String path) {
		if (path.isEmpty() || path.startsWith("/") || path.contains("?") || path.contains("\\")
				|| LinkSchemes.hasScheme(path)) {
			return "";
		}
		Deque<String> segments = new ArrayDeque<>(List.of("content", ContentLayout.ARTICLES));
		String[] parts = path.split("/", -1);
		for (int i = 0; i < parts.length; i++) {
			String part = parts[i];
			if (part.equals("..")) {
				if (segments.isEmpty()) {
					return "";
				}
				segments.removeLast();
			}
			else if (!part.equals(".") && !(part.isEmpty() && i < parts.length - 1)) {
				segments.addLast(part);
			}
		}
		List<String> resolved = List.copyOf(segments);
		boolean inArticles = resolved.size() == 3 && resolved.get(0).equals("content")
				&& resolved.get(1).equals(ContentLayout.ARTICLES);
		return inArticles ? resolved.get(2) : "";
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
