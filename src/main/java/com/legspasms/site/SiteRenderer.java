package com.legspasms.site;

import java.nio.file.Path;
import java.time.Period;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import com.legspasms.content.ArticleBody;
import com.legspasms.content.CareBlockFile;
import com.legspasms.content.CareBlockFrontMatter;
import com.legspasms.content.ContentProblem;
import com.legspasms.content.LoadedContent;
import com.legspasms.pictures.Pictures;
import com.legspasms.rendering.MarkdownRenderer;
import com.legspasms.rendering.RenderedBody;

/**
 * The render stage of the pipeline: reads the pictures, renders each shared care block
 * once, then renders every article body (in parallel) with the pictures and the blocks'
 * cards put in place. Problems found while rendering (a block placed but unknown, a
 * picture not in {@code images/}, a disallowed link, Markdown nested too deeply) are
 * added to the problem list, each with its {@code FILE:LINE}; rendering carries on so
 * that every problem of every file is listed.
 */
class SiteRenderer {

	private final MarkdownRenderer markdown;

	private final Period reviewInterval;

	/**
	 * Creates the render stage.
	 * @param markdown the site's Markdown renderer
	 * @param reviewInterval how long after its review a care block is due again
	 * ({@code site.review-interval})
	 */
	SiteRenderer(MarkdownRenderer markdown, Period reviewInterval) {
		this.markdown = markdown;
		this.reviewInterval = reviewInterval;
	}

	/**
	 * Renders the loaded content.
	 * @param loaded what the content folder held
	 * @param contentDir the content folder (for its pictures and for naming it in
	 * problems)
	 * @param problems where problems are added; must be safe to add to from several
	 * threads
	 * @return the rendered bodies and care blocks
	 */
	RenderedContent render(LoadedContent loaded, Path contentDir, List<ContentProblem> problems) {
		Pictures pictures = Pictures.load(contentDir, problems);
		Map<ArticleBody, RenderedBody> blockBodies = new LinkedHashMap<>();
		Map<String, CareBlock> careBlocks = renderCareBlocks(loaded, blockBodies, problems);
		Map<String, String> cards = new HashMap<>();
		// A block whose file has problems is reported there, not again by every page that
		// places it.
		loaded.careBlockNamesOnDisk().forEach((name) -> cards.put(name, ""));
		careBlocks.forEach((name, block) -> cards.put(name, block.cardHtml()));
		Map<ArticleBody, RenderedBody> articleBodies = new ConcurrentHashMap<>();
		loaded.bodies().parallelStream().forEach((body) -> {
			RenderedBody renderedBody = this.markdown.render(body.markdown(), body.firstLine(), pictures.markupByName(),
					cards);
			renderedBody.issues().forEach((issue) -> problems.add(body.problemAt(issue.line(), issue.message())));
			pictures.checkShown(body, renderedBody.pictures(), problems);
			articleBodies.put(body, renderedBody);
		});
		return new RenderedContent(articleBodies, blockBodies, careBlocks);
	}

	/**
	 * Renders each shared care block once, reporting problems in its body.
	 * @param loaded the content as loaded, holding the care block files
	 * @param cards where each block's body and rendered card are put, so its links are
	 * checked with the articles'
	 * @param problems where the problems found are added
	 * @return the blocks by name, sorted by name
	 */
	private Map<String, CareBlock> renderCareBlocks(LoadedContent loaded, Map<ArticleBody, RenderedBody> cards,
			List<ContentProblem> problems) {
		Map<String, CareBlock> blocks = new TreeMap<>();
		for (CareBlockFile source : loaded.careBlocks()) {
			CareBlockFrontMatter frontMatter = source.frontMatter();
			ArticleBody body = source.body();
			RenderedBody card = this.markdown.renderCareBlock(source.name(), frontMatter.urgency(), frontMatter.title(),
					body.markdown(), body.firstLine());
			card.issues().forEach((issue) -> problems.add(body.problemAt(issue.line(), issue.message())));
			cards.put(body, card);
			blocks.put(source.name(),
					new CareBlock(source.name(), source.file(), frontMatter.urgency(), frontMatter.title(),
							frontMatter.reviewed(), frontMatter.reviewed().plus(this.reviewInterval),
							frontMatter.sources(), frontMatter.home(), frontMatter.triggers(), card.html()));
		}
		return blocks;
	}

}
