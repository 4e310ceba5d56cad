package com.legspasms.site;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import com.legspasms.rendering.MarkdownRenderer;
import com.legspasms.web.SiteUrls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a rebuild throws, even an Error, the last good site is served and the problem
 * is recorded; the health indicator tells a stopped watcher from a refused reload.
 */
class PublishedSiteReloadTest {

	@TempDir
	Path dir;

	@Test
	void anErrorWhileRebuildingKeepsTheLastGoodSite() {
		AtomicReference<Throwable> failure = new AtomicReference<>();
		PublishedSite content = siteContent(failure);
		SiteSnapshot good = content.current();
		for (Throwable thrown : new Throwable[] { new StackOverflowError(), new OutOfMemoryError("Java heap space"),
				new IllegalStateException("bug") }) {
			failure.set(thrown);
			assertThat(content.reload()).isFalse();
			assertThat(content.current()).isSameAs(good);
			assertThat(content.lastReload().served()).isFalse();
			assertThat(content.lastReload().problems()).singleElement()
				.asString()
				.contains(thrown.getClass().getName());
		}
		failure.set(null);
		assertThat(content.reload()).isTrue();
		assertThat(content.current()).isNotSameAs(good);
	}

	@Test
	void healthIsDownOnlyWhenTheWatcherHasStopped() {
		AtomicReference<Throwable> failure = new AtomicReference<>(new StackOverflowError());
		PublishedSite content = siteContent(failure);
		ContentWatcher watcher = new ContentWatcher(content, new ContentWatchProperties(true, Duration.ofMillis(50)));
		ContentHealthIndicator health = new ContentHealthIndicator(content, provider(watcher));
		watcher.start();
		content.reload();
		assertThat(health.health().getStatus()).isEqualTo(Status.UP);
		assertThat(health.health().getDetails()).containsEntry("lastReloadServed", false).containsKey("lastReload");
		watcher.stop();
		assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
	}

	private PublishedSite siteContent(AtomicReference<Throwable> failure) {
		new ContentFixture(this.dir).article("hub", "Hub", "overview", "The hub.");
		SiteProperties properties = ContentFixture.properties(this.dir, "hub", false, false);
		SiteSnapshotFactory factory = new SiteSnapshotFactory(properties, new MarkdownRenderer(new SiteUrls())) {

			@Override
			public SiteSnapshot build(Path contentDir, boolean tolerateLinksToMissingArticles) {
				Throwable thrown = failure.get();
				if (thrown instanceof Error error) {
					throw error;
				}
				if (thrown instanceof RuntimeException ex) {
					throw ex;
				}
				return super.build(contentDir, tolerateLinksToMissingArticles);
			}

		};
		Throwable saved = failure.getAndSet(null);
		PublishedSite content = new PublishedSite(factory, properties, (event) -> {
		});
		failure.set(saved);
		return content;
	}

	private static ObjectProvider<ContentWatcher> provider(ContentWatcher watcher) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("watcher", watcher);
		return beans.getBeanProvider(ContentWatcher.class);
	}

}
