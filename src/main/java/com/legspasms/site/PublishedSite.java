package com.legspasms.site;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import com.legspasms.content.ContentLoader;
import com.legspasms.content.ContentProblem;
import com.legspasms.content.InvalidContentException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Holds the snapshot the site is serving. Built at start-up, so broken content stops the
 * site from starting; rebuilt on {@link #reload()}, which swaps the new snapshot in whole
 * or, when the content is broken, keeps serving the last good one.
 */
@Component
public class PublishedSite implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(PublishedSite.class);

	private final SiteSnapshotFactory factory;

	private final Path contentDir;

	private final ApplicationEventPublisher events;

	/**
	 * The first build, started when the bean is made; {@code null} once its snapshot is
	 * {@link #current}, so that a later reload does not keep the first snapshot alive.
	 */
	private volatile CompletableFuture<SiteSnapshot> initial;

	/** The snapshot being served; {@code null} until the first build has finished. */
	private volatile SiteSnapshot current;

	private volatile LastReload lastReload;

	private volatile ContentChangeHandled lastChange = new ContentChangeHandled(0, List.of());

	/**
	 * Builds the site now, on the calling thread.
	 * @param factory builds snapshots from the content folder
	 * @param properties the site's settings, naming the content folder
	 * @param events where snapshots built on a reload and handled changes are announced
	 * @throws InvalidContentException listing every problem when the content is broken
	 */
	public PublishedSite(SiteSnapshotFactory factory, SiteProperties properties, ApplicationEventPublisher events) {
		this(factory, properties, events, Runnable::run);
	}

	/**
	 * Starts building the site on the context's bootstrap executor (Spring Framework's
	 * background bean initialization executor; Spring Boot lends it its
	 * {@code applicationTaskExecutor}), so that the content loads while the rest of the
	 * context starts. The context waits for the build before it finishes starting
	 * ({@link #afterSingletonsInstantiated()}), so broken content still stops start-up
	 * with every problem listed, and no request is served before the site is built.
	 * @param factory builds snapshots from the content folder
	 * @param properties the site's settings, naming the content folder
	 * @param events where snapshots built on a reload and handled changes are announced
	 * @param bootstrapExecutor where the first build runs; a direct executor builds it in
	 * the constructor
	 * @throws InvalidContentException listing every problem, when the executor runs the
	 * build at once and the content is broken
	 */
	@Autowired
	public PublishedSite(SiteSnapshotFactory factory, SiteProperties properties, ApplicationEventPublisher events,
			@Qualifier(ConfigurableApplicationContext.BOOTSTRAP_EXECUTOR_BEAN_NAME) Executor bootstrapExecutor) {
		this.factory = factory;
		this.contentDir = Path.of(properties.contentDir());
		this.events = events;
		Thread constructing = Thread.currentThread();
		AtomicBoolean builtHere = new AtomicBoolean();
		this.initial = CompletableFuture.supplyAsync(() -> {
			builtHere.set(Thread.currentThread() == constructing);
			return buildInitial();
		}, bootstrapExecutor);
		// Only a build the executor ran at once, on this thread, is reported here.
		// One that ran elsewhere is waited for in afterSingletonsInstantiated,
		// however soon it ended, so broken content stops start-up the same way.
		if (builtHere.get()) {
			awaitInitial();
		}
	}

	private SiteSnapshot buildInitial() {
		long start = System.nanoTime();
		SiteSnapshot snapshot = this.factory.build(this.contentDir);
		logger.info("Loaded " + snapshot.articles().size() + " articles from " + this.contentDir.toAbsolutePath()
				+ " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
		return snapshot;
	}

	/**
	 * Waits for the first build, so the context finishes starting only with a site to
	 * serve.
	 * @throws InvalidContentException listing every problem when the content is broken
	 */
	@Override
	public void afterSingletonsInstantiated() {
		awaitInitial();
	}

	/**
	 * The snapshot being served; before the first build has finished, waits for it.
	 * @return the snapshot
	 * @throws InvalidContentException listing every problem when the first build found
	 * the content broken
	 */
	public SiteSnapshot current() {
		SiteSnapshot snapshot = this.current;
		return (snapshot != null) ? snapshot : awaitInitial();
	}

	/**
	 * Waits for the first build and makes its snapshot {@link #current}, unless that was
	 * done already.
	 * @return the snapshot being served
	 * @throws InvalidContentException listing every problem when the content is broken
	 */
	private synchronized SiteSnapshot awaitInitial() {
		CompletableFuture<SiteSnapshot> first = this.initial;
		if (first == null) {
			return this.current;
		}
		try {
			this.current = first.join();
			this.initial = null;
			return this.current;
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

	public Path contentDir() {
		return this.contentDir;
	}

	/**
	 * How the last reload went, or {@code null} before the first one.
	 * @return the last reload's outcome, or {@code null}
	 */
	public LastReload lastReload() {
		return this.lastReload;
	}

	/**
	 * The last change to the content that the site handled: its number (0 before any
	 * change) and, when it was refused, its problems (readers still get the last good
	 * version).
	 * @return the number of the last change and, when it was refused, its problems as
	 * {@code FILE:LINE: message}
	 */
	public ContentChangeHandled lastChange() {
		return this.lastChange;
	}

	/**
	 * Builds a new snapshot from the content folder and serves it from now on. A link to
	 * an article that is no longer there is reported but does not stop the new snapshot;
	 * any other problem keeps the current snapshot in place. Nothing escapes: not broken
	 * content, not a failure of the code that reads it, not even an {@link Error} such as
	 * a {@link StackOverflowError} or {@link OutOfMemoryError}; each is logged, recorded
	 * in {@link #lastReload()}, and the last good site is still served.
	 * @return whether the new content is being served
	 */
	public synchronized boolean reload() {
		long start = System.nanoTime();
		SiteSnapshot next;
		try {
			next = this.factory.build(this.contentDir, true);
			this.events.publishEvent(new SiteSnapshotBuilt(next));
		}
		catch (InvalidContentException ex) {
			logger.warn("Content changed but has problems; still serving the last good version until they are fixed:\n"
					+ describe(ex.getProblems()));
			this.lastReload = LastReload.refused(ex.getProblems().stream().map(ContentProblem::toString).toList());
			handled(ex.getProblems());
			return false;
		}
		catch (Throwable ex) {
			logger.error("Could not rebuild the site from " + this.contentDir
					+ "; still serving the last good version until the next change", ex);
			this.lastReload = LastReload.refused(List.of("the site could not be rebuilt: " + ex));
			handled(List.of(new ContentProblem(ContentLoader.displayPath(this.contentDir), 0,
					"the site could not be rebuilt: " + ex)));
			return false;
		}
		if (!next.linksToMissingArticles().isEmpty()) {
			logger.warn("Links and settings naming articles or care blocks that are not there (readers following the "
					+ "links get 'page not found'; the settings' entries are left out):\n"
					+ describe(next.linksToMissingArticles()));
		}
		this.current = next;
		this.lastReload = LastReload
			.served(next.linksToMissingArticles().stream().map(ContentProblem::toString).toList());
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

	/**
	 * The outcome of one reload.
	 *
	 * @param time when it finished
	 * @param served whether its content is being served
	 * @param problems what was wrong, as {@code FILE:LINE: message} (for a served reload,
	 * links to articles that are not there)
	 */
	public record LastReload(Instant time, boolean served, List<String> problems) {

		static LastReload served(List<String> problems) {
			return new LastReload(Instant.now(), true, List.copyOf(problems));
		}

		static LastReload refused(List<String> problems) {
			return new LastReload(Instant.now(), false, List.copyOf(problems));
		}

	}

}
