package com.legspasms.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.List;

import com.legspasms.content.ContentLoader;
import com.legspasms.content.ContentProblem;
import com.legspasms.content.InvalidContentException;
import com.legspasms.rendering.MarkdownRenderer;
import com.legspasms.web.SiteUrls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.FileSystemResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The settings in application.yml that name content ({@code site.hub},
 * {@code site.popular}, {@code site.compare-care-blocks}): refused at start-up when they
 * name nothing; on a live reload a deleted popular article or comparison block is
 * reported and left out (the README lets a writer delete an article while the site runs),
 * while a missing hub is still refused.
 */
class ConfigurationChecksTest {

	private static final String BLOCK = """
			---
			urgency: urgent
			title: "Get an urgent GP appointment or call NHS 111 today if you have:"
			reviewed: 2026-11-29
			sources:
			  - title: "NHS: DVT"
			    url: https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/
			---
			- swelling in one leg
			""";

	@TempDir
	Path dir;

	private ContentFixture content() {
		return new ContentFixture(this.dir).careBlock("clot-signs", BLOCK)
			.article("hub", "Hub", "overview", "The hub.")
			.article("cramps", "Cramps", "causes", "About cramps.");
	}

	@Test
	void aProblemWithASettingFromApplicationYmlNamesItsLine() throws IOException {
		content();
		Path yml = Files.writeString(this.dir.resolve("application.yml"), """
				site:
				  name: Test site
				  hub: home
				  popular:
				    - cramps
				    - deleted
				  compare-care-blocks: [clot-signs, gone-signs]
				""");
		StandardEnvironment environment = new StandardEnvironment();
		new YamlPropertySourceLoader().load("application.yml", new FileSystemResource(yml))
			.forEach(environment.getPropertySources()::addLast);
		// As in the running application, whose environment Spring Boot gives
		// this view first.
		ConfigurationPropertySources.attach(environment);
		assertThat(new SettingLines(environment).lineOf("site.name")).isEqualTo(2);
		assertThat(new SettingLines(environment).lineOf("site.popular[1]")).isEqualTo(6);
		SiteSnapshotFactory factory = new SiteSnapshotFactory(properties("home"), new MarkdownRenderer(new SiteUrls()),
				new SettingLines(environment));
		assertThat(
				catchThrowableOfType(InvalidContentException.class, () -> factory.build(this.dir, false)).getProblems())
			.extracting(ContentProblem::toString)
			.containsExactly(
					"application.yml:3: site.hub names 'home' but there is no article with that slug: the hub is the home "
							+ "page, so it cannot be deleted (restore the file, or name another article in site.hub and "
							+ "restart)",
					"application.yml:6: site.popular names 'deleted' but there is no published article with that slug",
					"application.yml:7: site.compare-care-blocks names 'gone-signs' but there is no care block with "
							+ "that name in " + ContentLoader.displayPath(this.dir.resolve("care")));
	}

	@Test
	void aListGivenOnTheCommandLineIsNotBlamedOnApplicationYml() throws IOException {
		Path yml = Files.writeString(this.dir.resolve("application.yml"), """
				site:
				  hub: home
				  popular:
				    - cramps
				    - deleted
				""");
		StandardEnvironment environment = new StandardEnvironment();
		new YamlPropertySourceLoader().load("application.yml", new FileSystemResource(yml))
			.forEach(environment.getPropertySources()::addLast);
		environment.getPropertySources()
			.addFirst(new SimpleCommandLinePropertySource("--site.popular=cramps,nope", "--site.hub=home"));
		ConfigurationPropertySources.attach(environment);
		SettingLines lines = new SettingLines(environment);
		assertThat(lines.lineOf("site.popular[1]")).isZero();
		assertThat(lines.lineOf("site.hub")).isZero();
		assertThat(lines.lineOf("site.name")).isZero();
	}

	private SiteProperties properties(String hub) {
		return new SiteProperties("Test site", "Tagline.", "http://localhost:8080", this.dir.toString(), hub,
				List.of("cramps", "deleted"), Period.ofYears(3), ContentFixture.CATEGORIES,
				List.of("clot-signs", "gone-signs"), false, false);
	}

	private SiteSnapshotFactory factory(String hub) {
		return new SiteSnapshotFactory(properties(hub), new MarkdownRenderer(new SiteUrls()));
	}

	private List<String> problems(String hub, boolean tolerant) {
		return catchThrowableOfType(InvalidContentException.class, () -> factory(hub).build(this.dir, tolerant))
			.getProblems()
			.stream()
			.map(ContentProblem::toString)
			.toList();
	}

	@Test
	void atStartUpAPopularArticleOrComparisonBlockThatIsNotThereIsAProblem() {
		content();
		assertThat(problems("hub", false)).containsExactly(
				"application.yml: site.compare-care-blocks names 'gone-signs' but there is no care block with that name in "
						+ ContentLoader.displayPath(this.dir.resolve("care")),
				"application.yml: site.popular names 'deleted' but there is no published article with that slug");
	}

	@Test
	void onALiveReloadTheyAreReportedAndLeftOut() {
		content();
		SiteSnapshot snapshot = factory("hub").build(this.dir, true);
		assertThat(snapshot.popular()).extracting(Article::slug).containsExactly("cramps");
		assertThat(snapshot.compareCareBlocks()).extracting(CareBlock::name).containsExactly("clot-signs");
		assertThat(snapshot.linksToMissingArticles()).extracting(ContentProblem::toString)
			.containsExactly(
					"application.yml: site.compare-care-blocks names 'gone-signs' but there is no care block with that name in "
							+ ContentLoader.displayPath(this.dir.resolve("care")),
					"application.yml: site.popular names 'deleted' but there is no published article with that slug");
	}

	@Test
	void theRunningSiteServesAReloadAfterAPopularArticleOrComparisonBlockIsDeletedButNotAfterTheHubIs()
			throws IOException {
		content();
		SiteProperties properties = new SiteProperties("Test site", "Tagline.", "http://localhost:8080",
				this.dir.toString(), "hub", List.of("cramps"), Period.ofYears(3), ContentFixture.CATEGORIES,
				List.of("clot-signs"), false, false);
		PublishedSite site = new PublishedSite(
				new SiteSnapshotFactory(properties, new MarkdownRenderer(new SiteUrls())), properties, (event) -> {
				});
		assertThat(site.current().popular()).extracting(Article::slug).containsExactly("cramps");
		Files.delete(this.dir.resolve("articles/cramps.md"));
		Files.delete(this.dir.resolve("care/clot-signs.md"));
		assertThat(site.reload()).isTrue();
		assertThat(site.current().popular()).isEmpty();
		assertThat(site.current().compareCareBlocks()).isEmpty();
		assertThat(site.lastReload().problems()).hasSize(2)
			.anySatisfy((problem) -> assertThat(problem).contains("site.popular names 'cramps'"));
		Files.delete(this.dir.resolve("articles/hub.md"));
		assertThat(site.reload()).isFalse();
		assertThat(site.lastReload().problems()).anySatisfy((problem) -> assertThat(problem)
			.contains("site.hub names 'hub' but there is no article with that slug"));
	}

	@Test
	void aMissingHubIsRefusedEvenOnALiveReloadAndSaysWhy() {
		content();
		assertThat(problems("home", true)).containsExactly("application.yml: site.hub names 'home' but there is no "
				+ "article with that slug: the hub is the home page, so it cannot be deleted (restore the file, or name "
				+ "another article in site.hub and restart)");
	}

}
