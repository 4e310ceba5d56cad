package com.legspasms.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.legspasms.content.ContentProblem;
import com.legspasms.content.LoadedContent;
import com.legspasms.rendering.ArticleAddresses;

/**
 * The check stage of the pipeline: what can only be checked once every file is loaded and
 * rendered. It runs {@link CrossReferenceChecks} (related slugs, links and anchors,
 * unique titles, aliases), {@link PublicationChecks} (drafts, clinical sign-off),
 * {@link CareBlockChecks} (block homes, copied signs) and {@link ConfigurationChecks}
 * (settings naming content), adding every problem found.
 */
class ContentChecks {

	private final SiteProperties properties;

	private final ArticleAddresses addresses;

	private final SettingLines settingLines;

	/**
	 * Creates the check stage.
	 * @param properties the site's settings
	 * @param addresses the site's article addresses, to recognise links to articles
	 * @param settingLines where in application.yml each setting was read from
	 */
	ContentChecks(SiteProperties properties, ArticleAddresses addresses, SettingLines settingLines) {
		this.properties = properties;
		this.addresses = addresses;
		this.settingLines = settingLines;
	}

	/**
	 * Checks the loaded and rendered content.
	 * @param loaded the loaded content
	 * @param rendered its rendering
	 * @param contentDir the content folder, named in problems
	 * @param tolerateLinksToMissingArticles whether links, {@code related} entries and
	 * settings ({@code site.popular}, {@code site.compare-care-blocks}) naming an article
	 * or block that is not there are only reported (in the returned list) rather than
	 * added to {@code problems}
	 * @param problems where problems are added; must be safe to add to from several
	 * threads
	 * @return the links to missing articles when they are tolerated, otherwise an empty
	 * list (they are then in {@code problems})
	 */
	List<ContentProblem> run(LoadedContent loaded, RenderedContent rendered, Path contentDir,
			boolean tolerateLinksToMissingArticles, List<ContentProblem> problems) {
		List<ContentProblem> linksToMissingArticles = tolerateLinksToMissingArticles
				? Collections.synchronizedList(new ArrayList<>()) : problems;
		CrossReferenceChecks crossReferences = new CrossReferenceChecks(loaded.sources(), rendered.articleBodies(),
				loaded.slugsOnDisk(), problems, linksToMissingArticles, this.addresses);
		crossReferences.run();
		rendered.careBlockBodies().forEach(crossReferences::checkLinks);
		new PublicationChecks(loaded.sources(), rendered.articleBodies(), this.properties.requireClinicalSignOff(),
				problems, this.addresses)
			.run();
		CareBlockChecks careChecks = new CareBlockChecks(loaded.careBlocks(), problems);
		careChecks.checkHomes(loaded.slugsOnDisk(), linksToMissingArticles);
		careChecks.checkCopies(loaded.bodies());
		new ConfigurationChecks(this.properties, this.settingLines).run(loaded, rendered.careBlocks().keySet(),
				contentDir, problems, linksToMissingArticles);
		return tolerateLinksToMissingArticles ? linksToMissingArticles : List.of();
	}

}
