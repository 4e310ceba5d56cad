package com.legspasms.site;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.legspasms.content.ContentProblem;
import com.legspasms.content.SearchWordLists;

/**
 * The whole site as one immutable value: every article rendered, the link graph and the
 * categories. Built once per content load; request handlers only read it.
 */
public final class SiteSnapshot {

	private final Article hub;

	private final List<Article> popular;

	private final Map<String, Article> articles;

	private final List<CategorySection> sections;

	private final Map<String, String> aliases;

	private final Map<String, List<Article>> relatedConditions;

	private final Map<String, Neighbours> neighbours;

	private final LinkGraph links;

	private final List<ContentProblem> linksToMissingArticles;

	private final ConditionComparison comparison;

	private final Map<String, CareBlock> careBlocks;

	private final List<CareBlock> compareCareBlocks;

	private final SearchWordLists searchWords;

	SiteSnapshot(Article hub, List<Article> popular, Map<String, Article> articles, List<CategorySection> sections,
			Map<String, String> aliases, Map<String, List<Article>> relatedConditions,
			Map<String, Neighbours> neighbours, LinkGraph links, ConditionComparison comparison,
			Map<String, CareBlock> careBlocks, List<String> compareCareBlocks,
			List<ContentProblem> linksToMissingArticles, SearchWordLists searchWords) {
		this.hub = hub;
		this.popular = List.copyOf(popular);
		this.articles = articles;
		this.sections = List.copyOf(sections);
		this.aliases = Map.copyOf(aliases);
		this.relatedConditions = Map.copyOf(relatedConditions);
		this.neighbours = Map.copyOf(neighbours);
		this.links = links;
		this.comparison = comparison;
		this.careBlocks = Collections.unmodifiableMap(new LinkedHashMap<>(careBlocks));
		this.compareCareBlocks = compareCareBlocks.stream()
			.filter(careBlocks::containsKey)
			.map(careBlocks::get)
			.toList();
		this.linksToMissingArticles = List.copyOf(linksToMissingArticles);
		this.searchWords = searchWords;
	}

	/**
	 * The writers' word lists for search (synonyms, readers' misspellings), read with
	 * this snapshot's content.
	 * @return the word lists read with this snapshot
	 */
	public SearchWordLists searchWords() {
		return this.searchWords;
	}

	/**
	 * Every shared care block, by name in alphabetical order.
	 * @return the care blocks, in name order
	 */
	public Collection<CareBlock> careBlocks() {
		return this.careBlocks.values();
	}

	public Optional<CareBlock> careBlock(String name) {
		return Optional.ofNullable(this.careBlocks.get(name));
	}

	/**
	 * The articles that place a care block, in the site's reading order.
	 * @param block a care block of this snapshot
	 * @return the articles placing it; empty when none does
	 */
	public List<Article> placements(CareBlock block) {
		return this.articles.values()
			.stream()
			.filter((article) -> article.careBlocks().contains(block.name()))
			.toList();
	}

	/**
	 * The care blocks the comparison page shows above its table
	 * ({@code site.compare-care-blocks}), in order.
	 * @return the care blocks, in the configured order
	 */
	public List<CareBlock> compareCareBlocks() {
		return this.compareCareBlocks;
	}

	/**
	 * The conditions whose articles have a profile, side by side.
	 * @return the comparison of the conditions
	 */
	public ConditionComparison comparison() {
		return this.comparison;
	}

	/**
	 * Links and {@code related} entries naming an article that is not there, where the
	 * snapshot was built to tolerate them (a live reload after a writer deleted an
	 * article); empty otherwise.
	 * @return the problems, each at its file and line
	 */
	public List<ContentProblem> linksToMissingArticles() {
		return this.linksToMissingArticles;
	}

	public Article hub() {
		return this.hub;
	}

	/**
	 * The articles the editors offer to readers who search and find nothing.
	 * @return the popular articles, in the configured order
	 */
	public List<Article> popular() {
		return this.popular;
	}

	/**
	 * Every article, grouped by category in the configured order.
	 * @return the articles, grouped by category
	 */
	public Collection<Article> articles() {
		return this.articles.values();
	}

	public Optional<Article> article(String slug) {
		return Optional.ofNullable(this.articles.get(slug));
	}

	/**
	 * The slug an old slug now redirects to.
	 * @param oldSlug a slug given in some article's {@code aliases}
	 * @return the current slug of that article, or empty when the slug is no alias
	 */
	public Optional<String> aliasTarget(String oldSlug) {
		return Optional.ofNullable(this.aliases.get(oldSlug));
	}

	/**
	 * Every configured category with its articles, in the configured order.
	 * @return the categories with their articles
	 */
	public List<CategorySection> sections() {
		return this.sections;
	}

	public Optional<CategorySection> section(String categoryKey) {
		return this.sections.stream().filter((section) -> section.category().key().equals(categoryKey)).findFirst();
	}

	/**
	 * The articles named in {@code related}, then the articles that link to this one.
	 * @param article an article of this snapshot
	 * @return the related articles, each once
	 */
	public List<Article> relatedConditions(Article article) {
		return this.relatedConditions.getOrDefault(article.slug(), List.of());
	}

	/**
	 * Which articles link to which, from their bodies.
	 * @return the graph of body links between the articles, by slug
	 */
	public LinkGraph links() {
		return this.links;
	}

	/**
	 * Whether readers should be told the page is due for review: the page is past its
	 * next review date, or it places a care block that is past its own.
	 * @param article a page of this snapshot
	 * @param today the date to compare with
	 * @return true when the page or one of its care blocks is due for review on that date
	 */
	public boolean isDueForReview(Article article, LocalDate today) {
		return article.isDueForReview(today) || article.careBlocks()
			.stream()
			.map(this.careBlocks::get)
			.anyMatch((block) -> block != null && block.isDueForReview(today));
	}

	public Neighbours neighbours(Article article) {
		return this.neighbours.getOrDefault(article.slug(), Neighbours.NONE);
	}

}
