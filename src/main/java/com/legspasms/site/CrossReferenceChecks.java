package com.legspasms.site;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.legspasms.content.ArticleBody;
import com.legspasms.content.ArticleFile;
import com.legspasms.content.ContentProblem;
import com.legspasms.rendering.ArticleAddresses;
import com.legspasms.rendering.ArticleLink;
import com.legspasms.rendering.BodyLink;
import com.legspasms.rendering.Heading;
import com.legspasms.rendering.LinkSchemes;
import com.legspasms.rendering.RenderedBody;
import org.apache.lucene.search.spell.LevenshteinDistance;

/**
 * Checks what one article says about others: related slugs, links and their heading
 * anchors, titles that must be unique and old slugs that must not clash.
 */
class CrossReferenceChecks {

	private final Collection<ArticleFile> sources;

	private final Map<ArticleBody, RenderedBody> bodies;

	private final Map<String, RenderedBody> bodiesBySlug = new HashMap<>();

	private final Set<String> slugsOnDisk;

	private final List<ContentProblem> problems;

	private final List<ContentProblem> linksToMissingArticles;

	private final ArticleAddresses addresses;

	/**
	 * Creates the checks of one load's links and {@code related} lists.
	 * @param sources the articles whose front matter read cleanly
	 * @param bodies every body (articles' and care blocks'), rendered
	 * @param slugsOnDisk the slug of every article file, so a link to a file with
	 * problems is not reported again
	 * @param problems where to report what is wrong
	 * @param linksToMissingArticles where to report {@code related} entries and links
	 * naming an article that is not there (the same list as {@code problems} when those
	 * are errors too)
	 * @param addresses the site's article addresses, to recognise links to articles
	 */
	CrossReferenceChecks(Collection<ArticleFile> sources, Map<ArticleBody, RenderedBody> bodies,
			Set<String> slugsOnDisk, List<ContentProblem> problems, List<ContentProblem> linksToMissingArticles,
			ArticleAddresses addresses) {
		this.addresses = addresses;
		this.sources = sources;
		this.bodies = bodies;
		bodies.forEach((body, parsed) -> this.bodiesBySlug.put(body.slug(), parsed));
		this.slugsOnDisk = slugsOnDisk;
		this.problems = problems;
		this.linksToMissingArticles = linksToMissingArticles;
	}

	void run() {
		this.bodies.forEach(this::checkLinks);
		Map<String, ArticleFile> byTitle = new HashMap<>();
		Map<String, String> aliasOwners = new HashMap<>();
		for (ArticleFile source : this.sources) {
			checkRelated(source);
			checkUniqueTitle(source, byTitle);
			checkAliases(source, aliasOwners);
		}
	}

	private void checkRelated(ArticleFile source) {
		List<String> related = source.frontMatter().related();
		for (int i = 0; i < related.size(); i++) {
			String slug = related.get(i);
			int line = source.relatedLines().get(i);
			if (slug.equals(source.slug())) {
				this.problems.add(source.problemAt(line, "an article cannot be related to itself"));
			}
			else if (!this.slugsOnDisk.contains(slug)) {
				this.linksToMissingArticles
					.add(source.problemAt(line, "related article '" + slug + "' does not exist"));
			}
		}
	}

	/**
	 * Checks the links of one body, an article's or a shared care block's: each link to
	 * an article names one that exists, and each anchor a heading it has.
	 * @param source the body's file, for the problems' file name
	 * @param body the body as rendered, with its links and their lines
	 */
	void checkLinks(ArticleBody source, RenderedBody body) {
		for (BodyLink link : body.links()) {
			String url = link.url();
			if (url.startsWith("#")) {
				checkAnchor(source, link, source.slug(), url.substring(1));
				continue;
			}
			ArticleLink.parse(url, this.addresses)
				.ifPresentOrElse((target) -> checkTarget(source, link, target), () -> {
					if (isRelative(url) && !url.startsWith("/")) {
						this.problems.add(source.problemAt(link.line(), "link to '" + url + "' " + notAnArticle(url)));
					}
				});
		}
	}

	/**
	 * Why a relative link is not to an article, with the likely file when the name
	 * differs from an article's only in case (file names are case-sensitive on GitHub and
	 * here).
	 * @param url the link's target as written
	 * @return the problem's message
	 */
	private String notAnArticle(String url) {
		int hash = url.indexOf('#');
		String path = (hash >= 0) ? url.substring(0, hash) : url;
		String fileName = ArticleLink.articlesFile(path);
		String lowerCase = fileName.toLowerCase(Locale.ROOT);
		if (lowerCase.endsWith(".md") && this.slugsOnDisk.contains(lowerCase.substring(0, lowerCase.length() - 3))) {
			return "names no article: file names are case-sensitive (did you mean '" + lowerCase + "'?)";
		}
		if (fileName.isEmpty() && path.toLowerCase(Locale.ROOT).endsWith(".md")) {
			return "leads outside content/articles: link to another article by its file name, such as spinal-stenosis.md";
		}
		return "is not an article: link to another article by its file name, such as spinal-stenosis.md";
	}

	private void checkTarget(ArticleBody source, BodyLink link, ArticleLink target) {
		if (!this.slugsOnDisk.contains(target.slug())) {
			this.linksToMissingArticles.add(source.problemAt(link.line(),
					"link to '" + link.url() + "': there is no article '" + target.slug() + "'"));
		}
		else if (target.anchor() != null) {
			checkAnchor(source, link, target.slug(), target.anchor());
		}
	}

	/**
	 * A link's anchor must name a heading of its article. It is compared percent-decoded,
	 * as browsers do, so an anchor copied from an address bar
	 * ({@code #crampes-%C3%A0-la-jambe}) matches; when none matches, the nearest id is
	 * suggested.
	 * @param source the body holding the link
	 * @param link the link
	 * @param slug the slug of the article it names
	 * @param anchor the anchor, without {@code #}, as written
	 */
	private void checkAnchor(ArticleBody source, BodyLink link, String slug, String anchor) {
		RenderedBody target = this.bodiesBySlug.get(slug);
		String id = percentDecoded(anchor);
		if (target != null && !target.hasHeadingId(id)) {
			String nearest = nearest(id, target);
			this.problems.add(source.problemAt(link.line(),
					"link to '" + link.url() + "': article '" + slug + "' has no heading with the id '" + id + "'"
							+ ((nearest != null) ? " (did you mean '#" + nearest + "'?)" : "")));
		}
	}

	private static String percentDecoded(String anchor) {
		try {
			return URLDecoder.decode(anchor.replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return anchor;
		}
	}

	/**
	 * The heading id most like the one asked for, by Lucene's Levenshtein distance.
	 * @param id the anchor asked for
	 * @param target the linked article's body
	 * @return the nearest heading id, or {@code null} when it has none
	 */
	private static String nearest(String id, RenderedBody target) {
		LevenshteinDistance distance = new LevenshteinDistance();
		return target.headings()
			.stream()
			.map(Heading::id)
			.filter((candidate) -> !candidate.isEmpty())
			.max(Comparator.comparingDouble((String candidate) -> distance.getDistance(id, candidate)))
			.orElse(null);
	}

	private void checkUniqueTitle(ArticleFile source, Map<String, ArticleFile> byTitle) {
		String key = source.frontMatter().title().toLowerCase(Locale.ROOT);
		ArticleFile first = byTitle.putIfAbsent(key, source);
		if (first != null) {
			this.problems.add(source.problemAt(source.lineOf("title"),
					"title '" + source.frontMatter().title() + "' is already used by " + first.file()));
		}
	}

	private void checkAliases(ArticleFile source, Map<String, String> aliasOwners) {
		for (String alias : source.frontMatter().aliases()) {
			String owner = aliasOwners.putIfAbsent(alias, source.slug());
			if (this.slugsOnDisk.contains(alias)) {
				this.problems.add(source.problemAt(source.lineOf("aliases"),
						"alias '" + alias + "' is the slug of an existing article"));
			}
			else if (owner != null) {
				this.problems.add(source.problemAt(source.lineOf("aliases"),
						"alias '" + alias + "' is already used by the article '" + owner + "'"));
			}
		}
	}

	private static boolean isRelative(String url) {
		return !LinkSchemes.hasScheme(url);
	}

}
