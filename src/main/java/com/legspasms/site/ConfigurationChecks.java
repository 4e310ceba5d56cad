package com.legspasms.site;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.legspasms.content.ArticleFile;
import com.legspasms.content.ContentLayout;
import com.legspasms.content.ContentLoader;
import com.legspasms.content.ContentProblem;
import com.legspasms.content.LoadedContent;

/**
 * Checks the settings in {@code application.yml} that name content: {@code site.hub} must
 * be a published article, each of {@code site.popular} a published article and each of
 * {@code site.compare-care-blocks} a care block. Each problem is reported as
 * {@code application.yml:LINE: message} (without the line when the setting was given
 * elsewhere), among the content's problems. A popular article or comparison block that is
 * missing is, like a link to a deleted article, tolerated on a live reload (reported and
 * left out, the README lets a writer delete an article while the site runs); the hub
 * never is, as it is the home page.
 */
class ConfigurationChecks {

	private static final String FILE = "application.yml";

	private final SiteProperties properties;

	private final SettingLines lines;

	/**
	 * Creates the checks of the site's settings.
	 * @param properties the site's settings
	 * @param lines where in application.yml each setting was read from
	 */
	ConfigurationChecks(SiteProperties properties, SettingLines lines) {
		this.properties = properties;
		this.lines = lines;
	}

	/**
	 * Checks the settings against the content.
	 * @param loaded the loaded content (its slugs and articles)
	 * @param careBlocks the names of the care blocks that rendered
	 * @param contentDir the content folder, named in problems
	 * @param problems where problems are added
	 * @param tolerated where a popular article or comparison block that is missing is
	 * added: the tolerated list of a live reload (the snapshot leaves it out), or
	 * {@code problems} at start-up
	 */
	void run(LoadedContent loaded, Set<String> careBlocks, Path contentDir, List<ContentProblem> problems,
			List<ContentProblem> tolerated) {
		Map<String, ArticleFile> sources = loaded.sources()
			.stream()
			.collect(Collectors.toMap(ArticleFile::slug, Function.identity(), (a, b) -> a));
		List<String> compared = this.properties.compareCareBlocks();
		IntStream.range(0, compared.size())
			.filter((i) -> !careBlocks.contains(compared.get(i)))
			.forEach((i) -> tolerated
				.add(new ContentProblem(FILE, this.lines.lineOf("site.compare-care-blocks[" + i + "]"),
						"site.compare-care-blocks names '" + compared.get(i)
								+ "' but there is no care block with that name in "
								+ ContentLoader.displayPath(new ContentLayout(contentDir).care()))));
		if (!loaded.slugsOnDisk().contains(this.properties.hub())) {
			problems
				.add(new ContentProblem(FILE, this.lines.lineOf("site.hub"), "site.hub names '" + this.properties.hub()
						+ "' but there is no article with that slug: the hub is the home page, so it cannot be deleted "
						+ "(restore the file, or name another article in site.hub and restart)"));
		}
		else if (isUnpublished(sources, this.properties.hub())) {
			problems
				.add(new ContentProblem(FILE, this.lines.lineOf("site.hub"), "site.hub names '" + this.properties.hub()
						+ "' but that article is not published: the hub is the home page, so it must be published"));
		}
		List<String> popular = this.properties.popular();
		IntStream.range(0, popular.size())
			.filter((i) -> !loaded.slugsOnDisk().contains(popular.get(i)) || isUnpublished(sources, popular.get(i)))
			.forEach((i) -> tolerated.add(new ContentProblem(FILE, this.lines.lineOf("site.popular[" + i + "]"),
					"site.popular names '" + popular.get(i) + "' but there is no published article with that slug")));
	}

	private static boolean isUnpublished(Map<String, ArticleFile> sources, String slug) {
		ArticleFile source = sources.get(slug);
		return source != null && !source.frontMatter().status().isPublished();
	}

}
