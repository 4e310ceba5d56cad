package com.legspasms.site;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.legspasms.content.ArticleFile;
import com.legspasms.content.CitedSource;
import com.legspasms.content.ContentProblem;
import com.legspasms.content.FrontMatter;
import com.legspasms.content.LoadedContent;
import com.legspasms.content.PageChange;
import com.legspasms.rendering.ArticleAddresses;
import com.legspasms.rendering.ArticleLink;
import com.legspasms.rendering.CarePlacement;
import com.legspasms.rendering.Heading;
import com.legspasms.rendering.RenderedBody;

/**
 * The assemble stage of the pipeline: turns checked, rendered content into a
 * {@link SiteSnapshot}. It leaves out pages that are not published (outside preview
 * mode), makes each {@link Article} (its sources joined with those of the care blocks it
 * places), and works out the categories with their reading order (by {@code order}, then
 * title), each article's neighbours, the link graph, the related articles
 * ({@link RelatedArticles}) and the old slugs (aliases).
 */
class SnapshotAssembler {

	private static final Comparator<ArticleFile> READING_ORDER = Comparator
		.comparing((ArticleFile source) -> source.frontMatter().order(),
				Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing((source) -> source.frontMatter().title());

	private final SiteProperties properties;

	private final ArticleAddresses addresses;

	/**
	 * Creates the assembly stage.
	 * @param properties the site's settings (categories, hub, popular articles, review
	 * interval, preview mode)
	 * @param addresses the site's article addresses, to recognise links to articles
	 */
	SnapshotAssembler(SiteProperties properties, ArticleAddresses addresses) {
		this.properties = properties;
		this.addresses = addresses;
	}

	/**
	 * Assembles the snapshot; the content must have passed every check.
	 * @param loaded the loaded content
	 * @param rendered its rendering
	 * @param linksToMissingArticles the tolerated links to missing articles, sorted
	 * @return the snapshot
	 */
	SiteSnapshot assemble(LoadedContent loaded, RenderedContent rendered, List<ContentProblem> linksToMissingArticles) {
		Map<String, ArticleFile> sources = new LinkedHashMap<>();
		loaded.sources()
			.stream()
			// Outside preview mode drafts and pages in review do not exist for readers or
			// machines.
			.filter((source) -> this.properties.preview() || source.frontMatter().status().isPublished())
			.forEach((source) -> sources.putIfAbsent(source.slug(), source));
		Map<String, RenderedBody> bodies = new HashMap<>();
		rendered.articleBodies().forEach((body, parsedBody) -> {
			if (sources.containsKey(body.slug())) {
				bodies.put(body.slug(), parsedBody);
			}
		});
		Map<String, Article> articles = new ConcurrentHashMap<>();
		sources.values()
			.parallelStream()
			.forEach((source) -> articles.put(source.slug(),
					toArticle(source, bodies.get(source.slug()), rendered.careBlocks())));
		Map<String, Article> ordered = new LinkedHashMap<>();
		List<CategorySection> sections = new ArrayList<>();
		Map<String, Neighbours> neighbours = new HashMap<>();
		for (Category category : this.properties.categories()) {
			List<Article> inCategory = sources.values()
				.stream()
				.filter((source) -> source.frontMatter().category().equals(category.key()))
				.sorted(READING_ORDER)
				.map((source) -> articles.get(source.slug()))
				.toList();
			for (int i = 0; i < inCategory.size(); i++) {
				Article article = inCategory.get(i);
				ordered.put(article.slug(), article);
				neighbours.put(article.slug(), new Neighbours((i > 0) ? inCategory.get(i - 1) : null,
						(i < inCategory.size() - 1) ? inCategory.get(i + 1) : null));
			}
			sections.add(new CategorySection(category, inCategory));
		}
		Map<String, Set<String>> linksFrom = linksFrom(bodies);
		Map<String, Set<String>> backlinks = new HashMap<>();
		linksFrom.forEach((from, targets) -> targets
			.forEach((target) -> backlinks.computeIfAbsent(target, (slug) -> new LinkedHashSet<>()).add(from)));
		RelatedArticles relatedArticles = new RelatedArticles(ordered);
		Map<String, List<Article>> related = new HashMap<>();
		Map<String, String> aliases = new HashMap<>();
		for (ArticleFile source : sources.values()) {
			related.put(source.slug(), relatedArticles.of(source.slug(), source.frontMatter().related(),
					backlinks.getOrDefault(source.slug(), Set.of())));
			source.frontMatter().aliases().forEach((alias) -> aliases.put(alias, source.slug()));
		}
		List<Article> popular = this.properties.popular()
			.stream()
			.filter(ordered::containsKey) // one a writer deleted is left out (tolerated
											// on a reload)
			.map(ordered::get)
			.toList();
		return new SiteSnapshot(ordered.get(this.properties.hub()), popular, Collections.unmodifiableMap(ordered),
				sections, aliases, related, neighbours, new LinkGraph(linksFrom, backlinks),
				new ConditionComparison(ordered.values()), rendered.careBlocks(), this.properties.compareCareBlocks(),
				linksToMissingArticles, loaded.searchWords());
	}

	private Article toArticle(ArticleFile source, RenderedBody body, Map<String, CareBlock> careBlocks) {
		FrontMatter frontMatter = source.frontMatter();
		List<String> placed = body.carePlacements().stream().map(CarePlacement::name).distinct().toList();
		Map<String, CitedSource> sources = new LinkedHashMap<>();
		frontMatter.sources().forEach((cited) -> sources.putIfAbsent(cited.url(), cited));
		placed.forEach(
				(name) -> careBlocks.get(name).sources().forEach((cited) -> sources.putIfAbsent(cited.url(), cited)));
		Category category = this.properties.categories()
			.stream()
			.filter((candidate) -> candidate.key().equals(frontMatter.category()))
			.findFirst()
			.orElseThrow();
		List<Heading> contents = body.headings().stream().filter((heading) -> heading.level() == 2).toList();
		return new Article(source.slug(), frontMatter.title(), frontMatter.summary(), category, frontMatter.reviewed(),
				(frontMatter.reviewed() != null) ? frontMatter.reviewed().plus(this.properties.reviewInterval()) : null,
				List.copyOf(sources.values()), frontMatter.condition(), frontMatter.profile(), frontMatter.related(),
				contents, placed, CompressedHtml.of(body.html()), body.text(), frontMatter.status(),
				frontMatter.reviewedBy(),
				frontMatter.changes().stream().sorted(Comparator.comparing(PageChange::date).reversed()).toList());
	}

	/**
	 * For each article, the other articles its body links to.
	 * @param bodies each article's rendered body, by slug
	 * @return each article's outgoing links, by slug
	 */
	private Map<String, Set<String>> linksFrom(Map<String, RenderedBody> bodies) {
		Map<String, Set<String>> linksFrom = new HashMap<>();
		bodies.forEach((from, body) -> linksFrom.put(from,
				body.links()
					.stream()
					.map((link) -> ArticleLink.parse(link.url(), this.addresses))
					.flatMap(Optional::stream)
					.map(ArticleLink::slug)
					.filter((target) -> !target.equals(from))
					.collect(Collectors.toCollection(LinkedHashSet::new))));
		return linksFrom;
	}

}
