package com.legspasms.site;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.legspasms.content.ArticleFile;
import com.legspasms.content.ContentLayout;
import com.legspasms.content.ContentLoader;
import com.legspasms.content.ContentProblem;
import com.legspasms.content.LoadedContent;

/**
 * Checks the settings in {@code application.yml} that name content: {@code site.hub} must be a
 * published article, each of {@code site.popular} a published article and each of
 * {@code site.compare-care-blocks} a care block. Each problem is reported as
 * {@code application.yml:0: message}, among the content's problems.
 */
class ConfigurationChecks {

	private static final String FILE = "application.yml";

	private final SiteProperties properties;

	/**
	 * Creates the checks of the site's settings.
	 * @param properties the site's settings
	 */
	ConfigurationChecks(SiteProperties properties) {
		this.properties = properties;
	}

	/**
	 * Checks the settings against the content.
	 * @param loaded the loaded content (its slugs and articles)
	 * @param careBlocks the names of the care blocks that rendered
	 * @param contentDir the content folder, named in problems
	 * @param problems where problems are added
	 */
	void run(LoadedContent loaded, Set<String> careBlocks, Path contentDir, List<ContentProblem> problems) {
		Map<String, ArticleFile> sources = loaded.sources()
			.stream()
			.collect(Collectors.toMap(ArticleFile::slug, Function.identity(), (a, b) -> a));
		this.properties.compareCareBlocks()
			.stream()
			.filter((name) -> !careBlocks.contains(name))
			.forEach((name) -> problems.add(new ContentProblem(FILE, 0,
					"site.compare-care-blocks names '" + name + "' but there is no care block with that name in "
							+ ContentLoader.displayPath(new ContentLayout(contentDir).care()))));
		if (!loaded.slugsOnDisk().contains(this.properties.hub())) {
			problems.add(new ContentProblem(FILE, 0,
					"site.hub names '" + this.properties.hub() + "' but there is no article with that slug"));
		}
		else if (isUnpublished(sources, this.properties.hub())) {
			problems.add(new ContentProblem(FILE, 0,
					"site.hub names '" + this.properties.hub() + "' but that article is not published"));
		}
		this.properties.popular()
			.stream()
			.filter((slug) -> !loaded.slugsOnDisk().contains(slug) || isUnpublished(sources, slug))
			.forEach((slug) -> problems.add(new ContentProblem(FILE, 0,
					"site.popular names '" + slug + "' but there is no published article with that slug")));
	}

	private static boolean isUnpublished(Map<String, ArticleFile> sources, String slug) {
		ArticleFile source = sources.get(slug);
		return source != null && !source.frontMatter().status().isPublished();
	}

}
