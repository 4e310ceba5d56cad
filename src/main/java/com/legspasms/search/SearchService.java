package com.legspasms.search;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.legspasms.content.ContentProblem;
import com.legspasms.content.InvalidContentException;
import com.legspasms.site.SiteContent;
import com.legspasms.site.SiteProperties;
import com.legspasms.site.SiteSnapshot;
import com.legspasms.site.SiteSnapshotBuilt;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Searches the snapshot the site is serving. The first index is built in the background once the
 * site has started (or at the first search, if that comes sooner), so that it does not compete with
 * start-up for the processors; after that, one is built for each new snapshot before it is served.
 */
@Service
public class SearchService {

	static final String SYNONYMS_FILE = "synonyms.txt";

	/** Lucene's synonym parser names the line only in its message. */
	private static final Pattern LINE_NUMBER = Pattern.compile("at line (\\d+)");

	private final SiteContent content;

	private final SearchAnalyzers analyzers;

	/** Null until the first index, built off the start-up path, is needed. */
	private volatile SearchIndex index;

	private final CompletableFuture<SearchIndex> firstIndex = new CompletableFuture<>();

	private final AtomicBoolean firstIndexStarted = new AtomicBoolean();

	/**
	 * Searches that may run at once. A search with typos and highlighting needs several megabytes
	 * while it runs; hundreds at once (a burst of readers, a crawler) would exhaust a small heap,
	 * and beyond a couple per core they only wait for the processor anyway.
	 */
	private final Semaphore running = new Semaphore(Math.max(2, 2 * Runtime.getRuntime().availableProcessors()), true);

	/** Built for a snapshot that is about to be served, so the first search after a reload is fast. */
	private volatile SearchIndex prepared;

	public SearchService(SiteContent content, SiteProperties properties) {
		this.content = content;
		this.analyzers = analyzers(Path.of(properties.contentDir()).resolve(SYNONYMS_FILE));
	}

	/** Starts building the first index on a background thread, once; called when the site is ready. */
	@EventListener(ApplicationReadyEvent.class)
	void startFirstIndex() {
		if (this.firstIndexStarted.compareAndSet(false, true)) {
			Thread thread = new Thread(() -> {
				try {
					this.firstIndex.complete(SearchIndex.build(this.content.current(), this.analyzers));
				}
				catch (Throwable ex) {
					this.firstIndex.completeExceptionally(ex);
				}
			}, "search-index");
			thread.setDaemon(true);
			thread.start();
		}
	}

	public SearchResults search(String typed, int page) {
		SearchText text = SearchText.of(typed);
		this.running.acquireUninterruptibly();
		try {
			return currentIndex().search(text, page);
		}
		finally {
			this.running.release();
		}
	}

	@EventListener
	void prepare(SiteSnapshotBuilt built) {
		this.prepared = SearchIndex.build(built.snapshot(), this.analyzers);
	}

	private SearchIndex currentIndex() {
		SiteSnapshot site = this.content.current();
		SearchIndex current = this.index;
		if (current == null) {
			startFirstIndex();
			current = this.firstIndex.join();
			this.index = current;
		}
		if (current.site() != site) {
			synchronized (this) {
				current = this.index;
				if (current.site() != site) {
					SearchIndex ready = this.prepared;
					current = (ready != null && ready.site() == site) ? ready : SearchIndex.build(site, this.analyzers);
					this.index = current;
					this.prepared = null;
				}
			}
		}
		return current;
	}

	/** Reads the writers' synonym file; a mistake in it stops start-up like any content problem. */
	static SearchAnalyzers analyzers(Path synonymsFile) {
		try (Reader synonyms = Files.exists(synonymsFile) ? Files.newBufferedReader(synonymsFile, StandardCharsets.UTF_8)
				: new StringReader("")) {
			return new SearchAnalyzers(synonyms);
		}
		catch (ParseException ex) {
			Matcher line = LINE_NUMBER.matcher(ex.getMessage());
			throw new InvalidContentException(List.of(new ContentProblem(synonymsFile.toString(),
					line.find() ? Integer.parseInt(line.group(1)) : 0, "cannot read this synonym rule: " + rootMessage(ex))));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause.getMessage();
	}

}
