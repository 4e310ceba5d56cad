package com.legspasms.site;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import com.legspasms.content.ContentProblem;
import com.legspasms.content.InvalidContentException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Holds the snapshot the site is serving. Built at start-up, so broken content stops the site
 * from starting; rebuilt on {@link #reload()}, which swaps the new snapshot in whole or, when the
 * content is broken, keeps serving the last good one.
 */
@Component
public class SiteContent {

	private static final Log logger = LogFactory.getLog(SiteContent.class);

	private final SiteSnapshotFactory factory;

	private final Path contentDir;

	private final ApplicationEventPublisher events;

	private volatile SiteSnapshot current;

	private volatile ContentChangeHandled lastChange = new ContentChangeHandled(0, List.of());

	public SiteContent(SiteSnapshotFactory factory, SiteProperties properties, ApplicationEventPublisher events) {
		this.factory = factory;
		this.contentDir = Path.of(properties.contentDir());
		this.events = events;
		long start = System.nanoTime();
		this.current = factory.build(this.contentDir);
		logger.info("Loaded " + this.current.articles().size() + " articles from " + this.contentDir.toAbsolutePath()
				+ " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
	}

	public SiteSnapshot current() {
		return this.current;
	}

	public Path contentDir() {
		return this.contentDir;
	}

	/**
	 * The last change to the content that the site handled: its number (0 before any change) and,
	 * when it was refused, its problems (readers still get the last good version).
	 */
	public ContentChangeHandled lastChange() {
		return this.lastChange;
	}

	/**
	 * Builds a new snapshot from the content folder and serves it from now on. A link to an
	 * article that is no longer there is reported but does not stop the new snapshot; any other
	 * problem keeps the current snapshot in place.
	 * @return whether the new content is being served
	 */
	public synchronized boolean reload() {
		long start = System.nanoTime();
		SiteSnapshot next;
		try {
			next = this.factory.build(this.contentDir, true);
		}
		catch (InvalidContentException ex) {
			logger.warn("Content changed but has problems; still serving the last good version until they are fixed:\n"
					+ describe(ex.getProblems()));
			handled(ex.getProblems());
			return false;
		}
		if (!next.linksToMissingArticles().isEmpty()) {
			logger.warn("Links to articles that are not there (readers following them get 'page not found'):\n"
					+ describe(next.linksToMissingArticles()));
		}
		this.events.publishEvent(new SiteSnapshotBuilt(next));
		this.current = next;
		logger.info("Reloaded " + next.articles().size() + " articles in " + (System.nanoTime() - start) / 1_000_000
				+ " ms");
		handled(List.of());
		return true;
	}

	private void handled(List<ContentProblem> problems) {
		ContentChangeHandled change = new ContentChangeHandled(this.lastChange.change() + 1, problems);
		this.lastChange = change;
		this.events.publishEvent(change);
	}

	private static String describe(List<ContentProblem> problems) {
		return problems.stream().map(ContentProblem::toString).collect(Collectors.joining("\n"));
	}

}
