package com.legspasms.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.legspasms.content.ArticleBody;
import com.legspasms.content.ArticleSource;
import com.legspasms.content.CareBlockFrontMatter;
import com.legspasms.content.CareBlockSource;
import com.legspasms.content.ContentFiles;
import com.legspasms.content.ContentLayout;
import com.legspasms.content.ContentLoader;
import com.legspasms.content.ContentProblem;
import com.legspasms.content.FrontMatter;
import com.legspasms.content.InvalidContentException;
import com.legspasms.content.LoadedContent;
import com.legspasms.content.PageChange;
import com.legspasms.content.Pictures;
import com.legspasms.content.Source;
import com.legspasms.rendering.ArticleLink;
import com.legspasms.rendering.CarePlacement;
import com.legspasms.rendering.Heading;
import com.legspasms.rendering.MarkdownRenderer;
import com.legspasms.rendering.ParsedBody;

import org.springframework.stereotype.Component;

/**
 * Builds a {@link SiteSnapshot} from a content folder: load and check every file, render the shared
 * care blocks, render the articles (placing the blocks), check the files against each other, then
 * assemble. Any problem anywhere stops the build with all problems listed.
 */
@Component
public class SiteSnapshotFactory {

	private static final Comparator<ArticleSource> READING_ORDER = Comparator
		.comparing((ArticleSource source) -> source.frontMatter().order(),
				Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing((source) -> source.frontMatter().title());

	private final SiteProperties properties;

	private final MarkdownRenderer markdown;

	public SiteSnapshotFactory(SiteProperties properties, MarkdownRenderer markdown) {
		this.properties = properties;
		this.markdown = markdown;
	}

	/** Builds the site, refusing content with any problem at all. */
	public SiteSnapshot build(Path contentDir) {
		return build(contentDir, false);
	}

	/**
	 * Builds the site.
	 * @param contentDir the folder holding {@code articles/}
	 * @param tolerateLinksToMissingArticles whether links and {@code related} entries naming an
	 * article that is not there (one a writer just deleted, say) are only reported, in
	 * {@link SiteSnapshot#linksToMissingArticles()}, rather than refused
	 */
	public SiteSnapshot build(Path contentDir, boolean tolerateLinksToMissingArticles) {
		LoadedContent loaded = new ContentLoader(this.properties.categoryKeys()).load(contentDir);
		List<ContentProblem> problems = Collections.synchronizedList(new ArrayList<>(loaded.problems()));
		Pictures pictures = Pictures.load(contentDir, problems);
		Map<ArticleBody, ParsedBody> blockCards = new LinkedHashMap<>();
		Map<String, CareBlock> careBlocks = renderCareBlocks(loaded, blockCards, problems);
		Map<String, String> cards = new HashMap<>();
		// A block whose file has problems is reported there, not again by every page that places it.
		loaded.careBlockNamesOnDisk().forEach((name) -> cards.put(name, ""));
		careBlocks.forEach((name, block) -> cards.put(name, block.cardHtml()));
		SiteSnapshot.Synonyms synonyms = synonyms(contentDir, problems);
		Map<String, ArticleSource> sources = loaded.sources()
			.stream()
			.collect(Collectors.toMap(ArticleSource::slug, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		Map<ArticleBody, ParsedBody> parsed = new ConcurrentHashMap<>();
		loaded.bodies().parallelStream().forEach((body) -> {
			ParsedBody parsedBody = this.markdown.parse(body.markdown(), body.firstLine(), pictures.markupByName(),
					cards);
			parsedBody.issues().forEach((issue) -> problems.add(body.problemAt(issue.line(), issue.message())));
			parsedBody.pictures()
				.stream()
				.filter((picture) -> !pictures.contains(picture.fileName()))
				.forEach((picture) -> problems.add(body.problemAt(picture.line(), "picture '" + picture.fileName()
						+ "' is not in " + ContentLoader.displayPath(new ContentLayout(contentDir).images()))));
			parsed.put(body, parsedBody);
		});
		List<ContentProblem> linksToMissingArticles = tolerateLinksToMissingArticles
				? Collections.synchronizedList(new ArrayList<>()) : problems;
		CrossReferenceChecks crossReferences = new CrossReferenceChecks(sources.values(), parsed, loaded.slugsOnDisk(),
				problems, linksToMissingArticles, this.markdown.addresses());
		crossReferences.run();
		blockCards.forEach(crossReferences::checkLinks);
		new PublicationChecks(sources.values(), parsed, this.properties.requireClinicalSignOff(), problems,
				this.markdown.addresses()).run();
		CareBlockChecks careChecks = new CareBlockChecks(loaded.careBlocks(), problems);
		careChecks.checkHomes(loaded.slugsOnDisk(), linksToMissingArticles);
		careChecks.checkCopies(loaded.bodies());
		this.properties.compareCareBlocks()
			.stream()
			.filter((name) -> !careBlocks.containsKey(name))
			.forEach((name) -> problems.add(new ContentProblem("application.yml", 0,
					"site.compare-care-blocks names '" + name + "' but there is no care block with that name in "
							+ ContentLoader.displayPath(new ContentLayout(contentDir).care()))));
		if (!loaded.slugsOnDisk().contains(this.properties.hub())) {
			problems.add(new ContentProblem("application.yml", 0,
					"site.hub names '" + this.properties.hub() + "' but there is no article with that slug"));
		}
		else if (isUnpublished(sources, this.properties.hub())) {
			problems.add(new ContentProblem("application.yml", 0,
					"site.hub names '" + this.properties.hub() + "' but that article is not published"));
		}
		this.properties.popular()
			.stream()
			.filter((slug) -> !loaded.slugsOnDisk().contains(slug) || isUnpublished(sources, slug))
			.forEach((slug) -> problems.add(new ContentProblem("application.yml", 0,
					"site.popular names '" + slug + "' but there is no published article with that slug")));
		if (!problems.isEmpty()) {
			throw new InvalidContentException(sorted(problems));
		}
		if (!this.properties.preview()) {
			// Outside preview mode drafts and pages in review do not exist for readers or machines.
			sources.values().removeIf((source) -> !source.frontMatter().status().isPublished());
		}
		Map<String, Article> articles = new ConcurrentHashMap<>();
		Map<String, ParsedBody> bodies = new HashMap<>();
		parsed.forEach((body, parsedBody) -> {
			if (sources.containsKey(body.slug())) {
				bodies.put(body.slug(), parsedBody);
			}
		});
		sources.values()
			.parallelStream()
			.forEach((source) -> articles.put(source.slug(),
					toArticle(source, bodies.get(source.slug()), careBlocks)));
		return assemble(sources, bodies, articles, careBlocks,
				tolerateLinksToMissingArticles ? sorted(linksToMissingArticles) : List.of(), synonyms);
	}

	/** Reads {@code synonyms.txt} (checked as search rules by the search service before it is served). */
	private static SiteSnapshot.Synonyms synonyms(Path contentDir, List<ContentProblem> problems) {
		Path file = new ContentLayout(contentDir).synonyms();
		String rules = Files.isRegularFile(file) ? ContentFiles.readUtf8(file, problems) : "";
		return new SiteSnapshot.Synonyms(ContentLoader.displayPath(file), (rules != null) ? rules : "");
	}

	/**
	 * Renders each shared care block once, reporting problems in its body.
	 * @param cards where each block's body and rendered card are put, so its links are checked with
	 * the articles'
	 * @return the blocks by name, sorted by name
	 */
	private Map<String, CareBlock> renderCareBlocks(LoadedContent loaded, Map<ArticleBody, ParsedBody> cards,
			List<ContentProblem> problems) {
		Map<String, CareBlock> blocks = new TreeMap<>();
		for (CareBlockSource source : loaded.careBlocks()) {
			CareBlockFrontMatter frontMatter = source.frontMatter();
			ArticleBody body = source.body();
			ParsedBody card = this.markdown.renderCareBlock(source.name(), frontMatter.urgency(), frontMatter.title(),
					body.markdown(), body.firstLine());
			card.issues().forEach((issue) -> problems.add(body.problemAt(issue.line(), issue.message())));
			cards.put(body, card);
			blocks.put(source.name(), new CareBlock(source.name(), source.file(), frontMatter.urgency(),
					frontMatter.title(), frontMatter.reviewed(),
					frontMatter.reviewed().plus(this.properties.reviewInterval()), frontMatter.sources(),
					frontMatter.home(), frontMatter.triggers(), card.html()));
		}
		return blocks;
	}

	private static boolean isUnpublished(Map<String, ArticleSource> sources, String slug) {
		ArticleSource source = sources.get(slug);
		return source != null && !source.frontMatter().status().isPublished();
	}

	private static List<ContentProblem> sorted(List<ContentProblem> problems) {
		List<ContentProblem> sorted = new ArrayList<>(problems);
		Collections.sort(sorted);
		return sorted;
	}

	private Article toArticle(ArticleSource source, ParsedBody body, Map<String, CareBlock> careBlocks) {
		FrontMatter frontMatter = source.frontMatter();
		List<String> placed = body.carePlacements().stream().map(CarePlacement::name).distinct().toList();
		Map<String, Source> sources = new LinkedHashMap<>();
		frontMatter.sources().forEach((cited) -> sources.putIfAbsent(cited.url(), cited));
		placed.forEach((name) -> careBlocks.get(name).sources().forEach((cited) -> sources.putIfAbsent(cited.url(), cited)));
		Category category = this.properties.categories()
			.stream()
			.filter((candidate) -> candidate.key().equals(frontMatter.category()))
			.findFirst()
			.orElseThrow();
		List<Heading> contents = body.headings().stream().filter((heading) -> heading.level() == 2).toList();
		return new Article(source.slug(), frontMatter.title(), frontMatter.summary(), category, frontMatter.reviewed(),
				(frontMatter.reviewed() != null) ? frontMatter.reviewed().plus(this.properties.reviewInterval()) : null,
				List.copyOf(sources.values()), frontMatter.condition(), frontMatter.profile(), frontMatter.related(),
				contents, placed, body.html(), body.text(), frontMatter.status(), frontMatter.reviewedBy(),
				frontMatter.changes()
					.stream()
					.sorted(Comparator.comparing(PageChange::date).reversed())
					.toList());
	}

	private SiteSnapshot assemble(Map<String, ArticleSource> sources, Map<String, ParsedBody> bodies,
			Map<String, Article> articles, Map<String, CareBlock> careBlocks,
			List<ContentProblem> linksToMissingArticles, SiteSnapshot.Synonyms synonyms) {
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
		Map<String, List<Article>> related = new HashMap<>();
		Map<String, String> aliases = new HashMap<>();
		Map<String, Integer> sitePosition = new HashMap<>();
		ordered.keySet().forEach((slug) -> sitePosition.put(slug, sitePosition.size()));
		for (ArticleSource source : sources.values()) {
			Set<String> slugs = new LinkedHashSet<>(source.frontMatter().related());
			backlinks.getOrDefault(source.slug(), Set.of())
				.stream()
				.filter(sitePosition::containsKey)
				.sorted(Comparator.comparing(sitePosition::get))
				.forEach(slugs::add);
			slugs.remove(source.slug());
			related.put(source.slug(), slugs.stream().map(ordered::get).filter(Objects::nonNull).toList());
			source.frontMatter().aliases().forEach((alias) -> aliases.put(alias, source.slug()));
		}
		List<Article> popular = this.properties.popular().stream().map(ordered::get).toList();
		return new SiteSnapshot(ordered.get(this.properties.hub()), popular, Collections.unmodifiableMap(ordered), sections,
				aliases, related, neighbours, new LinkGraph(linksFrom, backlinks), new ConditionComparison(ordered.values()),
				careBlocks, this.properties.compareCareBlocks(), linksToMissingArticles, synonyms);
	}

	/** For each article, the other articles its body links to. */
	private Map<String, Set<String>> linksFrom(Map<String, ParsedBody> bodies) {
		Map<String, Set<String>> linksFrom = new HashMap<>();
		bodies.forEach((from, body) -> linksFrom.put(from, body.links()
			.stream()
			.map((link) -> ArticleLink.parse(link.url(), this.markdown.addresses()))
			.flatMap(Optional::stream)
			.map(ArticleLink::slug)
			.filter((target) -> !target.equals(from))
			.collect(Collectors.toCollection(LinkedHashSet::new))));
		return linksFrom;
	}

}
