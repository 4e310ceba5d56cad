package com.legspasms.search;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.legspasms.content.ContentFiles;
import com.legspasms.content.ContentProblem;
import com.legspasms.content.InvalidContentException;
import com.legspasms.content.SearchWordLists;
import com.legspasms.site.PublishedSite;
import com.legspasms.site.SiteSnapshot;
import com.legspasms.site.SiteSnapshotBuilt;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Searches the snapshot the site is serving. The first index is built in the background
 * once the site has started (or at the first search, if that comes sooner), so that it
 * does not compete with start-up for the processors; after that, one is built for each
 * new snapshot before it is served.
 */
@Service
public class SearchService {

	/** Lucene's synonym parser names the line only in its message. */
	private static final Pattern LINE_NUMBER = Pattern.compile("at line (\\d+)");

	/** Lucene's message for a word or phrase that its analysis leaves empty. */
	private static final Pattern ELIMINATED = Pattern.compile("term: (.*) was completely eliminated by analyzer");

	private final PublishedSite content;

	/**
	 * The analyzers and spelling lists for the word lists last seen; rebuilt only when
	 * the lists change.
	 */
	private volatile WordRules rules;

	/** Null until the first index, built off the start-up path, is needed. */
	private volatile SearchIndex index;

	private final CompletableFuture<SearchIndex> firstIndex = new CompletableFuture<>();

	private final AtomicBoolean firstIndexStarted = new AtomicBoolean();

	/**
	 * Searches that may run at once. A search with typos and highlighting needs several
	 * megabytes while it runs; hundreds at once (a burst of readers, a crawler) would
	 * exhaust a small heap, and beyond a couple per core they only wait for the processor
	 * anyway.
	 */
	private final Semaphore running = new Semaphore(Math.max(2, 2 * Runtime.getRuntime().availableProcessors()), true);

	/**
	 * Built for a snapshot that is about to be served, so the first search after a reload
	 * is fast.
	 */
	private volatile SearchIndex prepared;

	private final SearchGaps gaps;

	public SearchService(PublishedSite content, SearchGaps gaps) {
		this.content = content;
		this.gaps = gaps;
	}

	/**
	 * Starts building the first index on a background thread, once; called when the site
	 * is ready.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void startFirstIndex() {
		if (this.firstIndexStarted.compareAndSet(false, true)) {
			Thread thread = new Thread(() -> {
				try {
					this.firstIndex.complete(build(this.content.current()));
				}
				catch (Throwable ex) {
					this.firstIndex.completeExceptionally(ex);
				}
			}, "search-index");
			thread.setDaemon(true);
			thread.start();
		}
	}

	/**
	 * Searches the articles of the snapshot being served, and counts the search in the
	 * search-gap report when it found nothing, or found articles only after a spelling
	 * correction.
	 * @param typed what the reader typed, as received (may be {@code null}; cleaned and
	 * cut here)
	 * @param page which page of results, from 1 (out of range values are brought into
	 * range)
	 * @return the page of results, with any correction offered and care blocks to show
	 * above them
	 */
	public SearchResults search(String typed, int page) {
		return answer(typed, page).results();
	}

	/**
	 * Like {@link #search(String, int)}, with the snapshot whose index answered: a page
	 * built from the answer shows results, care blocks and the articles it links to from
	 * one version of the site, even when a reload swaps in a new one meanwhile.
	 * @param typed what the reader typed, as received (may be {@code null}; cleaned and
	 * cut here)
	 * @param page which page of results, from 1 (out of range values are brought into
	 * range)
	 * @return the results and the snapshot they come from
	 */
	public SearchAnswer answer(String typed, int page) {
		SearchText text = SearchText.of(typed);
		this.running.acquireUninterruptibly();
		try {
			SearchIndex index = currentIndex();
			SearchResults results = index.search(text, page);
			if (results.total() == 0 || results.foundOnlyThroughCorrection()) {
				this.gaps.record(results, SearchGaps.normalise(text, this.rules.analyzers()));
			}
			return new SearchAnswer(index.snapshot(), results);
		}
		finally {
			this.running.release();
		}
	}

	/**
	 * What a search would correct the reader's words to, whether or not it offers it.
	 * @param typed the words as typed
	 * @return the corrected words, or {@code null} when none needs correcting
	 */
	String correction(String typed) {
		return currentIndex().correction(SearchText.of(typed));
	}

	/**
	 * Indexes a snapshot before it is served. Its word lists (synonyms, readers'
	 * misspellings) are parsed here, so a broken rule refuses the reload with its file
	 * and line ({@link InvalidContentException}).
	 * @param built the event announcing the snapshot, before it is served
	 */
	@EventListener
	void prepare(SiteSnapshotBuilt built) {
		this.prepared = build(built.snapshot());
	}

	private SearchIndex build(SiteSnapshot snapshot) {
		WordRules wordRules = rulesFor(snapshot);
		return SearchIndex.build(snapshot, wordRules.analyzers(), wordRules.readerWords());
	}

	private WordRules rulesFor(SiteSnapshot snapshot) {
		WordRules current = this.rules;
		SearchWordLists lists = snapshot.searchWords();
		if (current == null || !current.lists().equals(lists)) {
			SearchAnalyzers analyzers = (current != null && current.lists().synonyms().equals(lists.synonyms()))
					? current.analyzers() : analyzers(lists.synonyms().file(), lists.synonyms().text());
			current = new WordRules(lists, analyzers, ReaderWords.of(lists, analyzers));
			this.rules = current;
		}
		return current;
	}

	private SearchIndex currentIndex() {
		SiteSnapshot snapshot = this.content.current();
		SearchIndex current = this.index;
		if (current == null) {
			startFirstIndex();
			current = this.firstIndex.join();
			this.index = current;
		}
		if (current.snapshot() != snapshot) {
			synchronized (this) {
				current = this.index;
				if (current.snapshot() != snapshot) {
					SearchIndex ready = this.prepared;
					current = (ready != null && ready.snapshot() == snapshot) ? ready : build(snapshot);
					this.index = current;
					this.prepared = null;
				}
			}
		}
		return current;
	}

	/**
	 * Reads a synonym file (for tests and benchmarks); a mistake in it is thrown as
	 * content problems.
	 * @param synonymsFile a synonyms file in Solr's format
	 * @return the search analysis with those synonyms
	 */
	static SearchAnalyzers analyzers(Path synonymsFile) {
		List<ContentProblem> problems = new ArrayList<>();
		String rules = Files.exists(synonymsFile) ? ContentFiles.readUtf8(synonymsFile, problems) : "";
		if (!problems.isEmpty()) {
			throw new InvalidContentException(problems);
		}
		return analyzers(synonymsFile.toString(), rules);
	}

	/**
	 * The analyzers for the writers' synonym rules (Solr's synonym format, read by
	 * Lucene).
	 * @param file the path to name in problems
	 * @param rules the rules, one a line
	 * @return the analyzers
	 * @throws InvalidContentException naming the file and line of every rule Lucene
	 * cannot read
	 */
	static SearchAnalyzers analyzers(String file, String rules) {
		SearchAnalyzers analyzers;
		try (Reader synonyms = new StringReader(rules)) {
			analyzers = new SearchAnalyzers(synonyms);
		}
		catch (ParseException ex) {
			List<ContentProblem> broken = ruleProblems(file, rules, true);
			if (broken.isEmpty()) {
				Matcher line = LINE_NUMBER.matcher(ex.getMessage());
				broken = List.of(new ContentProblem(file, line.find() ? Integer.parseInt(line.group(1)) : 0,
						"cannot read this synonym rule: " + rootMessage(ex)));
			}
			throw new InvalidContentException(broken);
		}
		catch (IOException | RuntimeException ex) {
			throw new InvalidContentException(
					List.of(new ContentProblem(file, 0, "cannot read the synonym rules: " + rootMessage(ex))));
		}
		List<ContentProblem> emptySides = ruleProblems(file, rules, false);
		if (!emptySides.isEmpty()) {
			throw new InvalidContentException(emptySides);
		}
		return analyzers;
	}

	/**
	 * The problems of each rule on its own: nothing on one side of {@code =>} (which
	 * Lucene accepts and then matches nothing with), and, once Lucene's parser has
	 * stopped at the first rule it cannot read, every rule it cannot read alone, so a
	 * writer sees them all at once.
	 * @param file the path to name in problems
	 * @param rules the rules, one a line
	 * @param readEachAlone whether each rule is also given to Lucene by itself
	 * @return a problem for each such line, in line order
	 */
	private static List<ContentProblem> ruleProblems(String file, String rules, boolean readEachAlone) {
		List<ContentProblem> problems = new ArrayList<>();
		List<String> lines = rules.lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			String rule = line.strip();
			if (rule.isEmpty() || rule.startsWith("#")) {
				continue;
			}
			if (rule.contains("=>") && Arrays.stream(rule.split("=>", -1)).anyMatch(String::isBlank)) {
				problems.add(new ContentProblem(file, i + 1,
						"a rule needs words on both sides of '=>', such as 'charley horse => cramp'"));
			}
			else if (readEachAlone) {
				try (Reader alone = new StringReader(line)) {
					new SearchAnalyzers(alone);
				}
				catch (ParseException | IOException | RuntimeException ex) {
					problems.add(new ContentProblem(file, i + 1,
							"cannot read this synonym rule: " + plain(rootMessage(ex))));
				}
			}
		}
		return problems;
	}

	/**
	 * Lucene's message in a writer's words, where it has a known meaning.
	 * @param message the message from Lucene
	 * @return the message to show
	 */
	private static String plain(String message) {
		Matcher eliminated = ELIMINATED.matcher(message);
		if (eliminated.matches()) {
			String words = eliminated.group(1).strip();
			return words.isEmpty() ? "one of its words or phrases is empty (look for two commas in a row)"
					: "'" + words + "' leaves nothing to search for once punctuation and very common words are dropped";
		}
		return message;
	}

	private static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause.getMessage();
	}

	private record WordRules(SearchWordLists lists, SearchAnalyzers analyzers, ReaderWords readerWords) {
	}

}
