package com.legspasms.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import com.legspasms.content.InvalidContentException;
import com.legspasms.rendering.MarkdownRenderer;
import com.legspasms.web.SiteUrls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The first build runs on the executor it is given, while the rest of the context starts;
 * the context's wait for it ({@code afterSingletonsInstantiated}) surfaces broken content
 * with every problem, and nothing is served from a build that has not finished.
 */
class PublishedSiteStartTest {

	@TempDir
	Path dir;

	/** Holds the build until the test runs it, as a busy executor would. */
	private final List<Runnable> queued = new ArrayList<>();

	private final Executor later = this.queued::add;

	@Test
	void theFirstBuildRunsOnTheExecutorAndTheContextWaitsForIt() {
		ContentFixture fixture = new ContentFixture(this.dir).article("hub", "Hub", "overview", "The hub.");
		PublishedSite site = site(fixture);
		assertThat(this.queued).hasSize(1);
		Thread build = new Thread(this.queued.get(0));
		build.start();
		site.afterSingletonsInstantiated();
		assertThat(site.current().articles()).extracting(Article::slug).containsExactly("hub");
	}

	@Test
	void brokenContentStopsTheStartWithEveryProblem() {
		ContentFixture fixture = new ContentFixture(this.dir).article("hub", "Hub", "overview", "The hub.")
			.write("broken.md", "---\ntitel: Oops\nsummary: S.\ncategory: causes\n---\nBody.\n");
		PublishedSite site = site(fixture);
		this.queued.forEach(Runnable::run);
		assertThatExceptionOfType(InvalidContentException.class).isThrownBy(site::afterSingletonsInstantiated)
			.satisfies((ex) -> assertThat(ex.getProblems()).extracting(Object::toString)
				.anySatisfy((problem) -> assertThat(problem).contains("broken.md:2: unknown field 'titel'"))
				.anySatisfy((problem) -> assertThat(problem).contains("missing required field 'title'")));
		assertThatExceptionOfType(InvalidContentException.class).isThrownBy(site::current);
	}

	@Test
	void aReloadServesTheNewSnapshotOnceTheFirstIsIn() {
		ContentFixture fixture = new ContentFixture(this.dir).article("hub", "Hub", "overview", "The hub.");
		PublishedSite site = site(fixture);
		this.queued.forEach(Runnable::run);
		site.afterSingletonsInstantiated();
		SiteSnapshot first = site.current();
		fixture.article("other", "Other", "causes", "Another page.");
		assertThat(site.reload()).isTrue();
		assertThat(site.current()).isNotSameAs(first);
		assertThat(site.current().articles()).extracting(Article::slug).contains("hub", "other");
	}

	private PublishedSite site(ContentFixture fixture) {
		SiteProperties properties = ContentFixture.properties(fixture.dir(), "hub", false, false);
		return new PublishedSite(new SiteSnapshotFactory(properties, new MarkdownRenderer(new SiteUrls())), properties,
				(event) -> {
				}, this.later);
	}

}
