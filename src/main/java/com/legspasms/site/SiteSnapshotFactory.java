package com.legspasms.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.legspasms.content.ContentLoader;
import com.legspasms.content.ContentProblem;
import com.legspasms.content.InvalidContentException;
import com.legspasms.content.LoadedContent;
import com.legspasms.rendering.MarkdownRenderer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Builds a {@link SiteSnapshot} from a content folder, in four stages (as JBake's
 * {@code Oven.bake} runs its own): load every file ({@link ContentLoader}), render the
 * care blocks and the articles ({@link SiteRenderer}), check the files against each other
 * and the settings ({@link ContentChecks}), then assemble the snapshot
 * ({@link SnapshotAssembler}). Any problem in any stage stops the build with every
 * problem of every file listed, as {@code FILE:LINE: message}.
 */
@Component
public class SiteSnapshotFactory {

	private final SiteProperties properties;

	private final SiteRenderer renderer;

	private final ContentChecks checks;

	private final SnapshotAssembler assembler;

	private final List<WordListCheck> wordListChecks;

	/**
	 * Creates the factory with its stages.
	 * @param properties the site's settings
	 * @param markdown the Markdown renderer
	 */
	public SiteSnapshotFactory(SiteProperties properties, MarkdownRenderer markdown) {
		this(properties, markdown, SettingLines.NONE);
	}

	/**
	 * Creates the factory, naming the line of each setting in problems with the settings.
	 * @param properties the site's settings
	 * @param markdown the Markdown renderer
	 * @param settingLines where in application.yml each setting was read from, named in
	 * problems with the settings
	 */
	public SiteSnapshotFactory(SiteProperties properties, MarkdownRenderer markdown, SettingLines settingLines) {
		this(properties, markdown, settingLines, List.of());
	}

	/**
	 * Creates the factory with the checks of the search word lists that other features
	 * supply.
	 * @param properties the site's settings
	 * @param markdown the Markdown renderer
	 * @param settingLines where in application.yml each setting was read from, named in
	 * problems with the settings
	 * @param wordListChecks run on the search word lists at each build; their problems
	 * join the others
	 */
	@Autowired
	public SiteSnapshotFactory(SiteProperties properties, MarkdownRenderer markdown, SettingLines settingLines,
			ObjectProvider<WordListCheck> wordListChecks) {
		this(properties, markdown, settingLines, wordListChecks.orderedStream().toList());
	}

	private SiteSnapshotFactory(SiteProperties properties, MarkdownRenderer markdown, SettingLines settingLines,
			List<WordListCheck> wordListChecks) {
		this.wordListChecks = List.copyOf(wordListChecks);
		this.properties = properties;
		this.renderer = new SiteRenderer(markdown, properties.reviewInterval());
		this.checks = new ContentChecks(properties, markdown.addresses(), settingLines);
		this.assembler = new SnapshotAssembler(properties, markdown.addresses());
	}

	/**
	 * Builds the site, refusing content with any problem at all.
	 * @param contentDir the folder holding {@code articles/}
	 * @return the snapshot
	 * @throws InvalidContentException listing every problem, sorted by file and line
	 */
	public SiteSnapshot build(Path contentDir) {
		return build(contentDir, false);
	}

	/**
	 * Builds the site.
	 * @param contentDir the folder holding {@code articles/}
	 * @param tolerateLinksToMissingArticles whether links, {@code related} entries,
	 * {@code site.popular} and {@code site.compare-care-blocks} entries naming an article
	 * or care block that is not there (one a writer just deleted, say) are only reported
	 * (and the settings' entries left out), in
	 * {@link SiteSnapshot#linksToMissingArticles()}, rather than refused
	 * @return the snapshot
	 * @throws InvalidContentException listing every problem, sorted by file and line
	 */
	public SiteSnapshot build(Path contentDir, boolean tolerateLinksToMissingArticles) {
		LoadedContent loaded = new ContentLoader(this.properties.categoryKeys()).load(contentDir);
		List<ContentProblem> problems = Collections.synchronizedList(new ArrayList<>(loaded.problems()));
		this.wordListChecks.forEach((check) -> problems.addAll(check.problems(loaded.searchWords())));
		RenderedContent rendered = this.renderer.render(loaded, contentDir, problems);
		List<ContentProblem> linksToMissingArticles = this.checks.run(loaded, rendered, contentDir,
				tolerateLinksToMissingArticles, problems);
		if (!problems.isEmpty()) {
			throw new InvalidContentException(sorted(problems));
		}
		return this.assembler.assemble(loaded, rendered, sorted(linksToMissingArticles));
	}

	private static List<ContentProblem> sorted(List<ContentProblem> problems) {
		List<ContentProblem> sorted = new ArrayList<>(problems);
		Collections.sort(sorted);
		return sorted;
	}

}
