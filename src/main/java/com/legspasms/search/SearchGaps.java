package com.legspasms.search;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * What readers search for and the site does not answer, for writers: in memory, since
 * start-up, the normalised queries (lower case, accents folded, punctuation and repeated
 * words dropped) that found no article, and those that found articles only after their
 * spelling was corrected. Nothing about the reader is kept: no address, no cookie, no
 * time (the report names only the day counting began). At most {@value #MAX_QUERIES}
 * different queries are kept in each list; later new ones are only counted. A summary is
 * logged once a day.
 */
@Component
public class SearchGaps {

	/** Bounds the memory a flood of different queries can take. */
	static final int MAX_QUERIES = 10_000;

	/** How many queries of each list the daily log line names. */
	static final int LOGGED = 10;

	private static final Logger logger = LoggerFactory.getLogger(SearchGaps.class);

	private final LocalDate since = LocalDate.now(ZoneOffset.UTC);

	private final Tally noArticle = new Tally();

	private final Tally onlyAfterCorrection = new Tally();

	private final ScheduledExecutorService daily = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "search-gaps-log");
		thread.setDaemon(true);
		return thread;
	});

	public SearchGaps() {
		long day = Duration.ofDays(1).toMinutes();
		this.daily.scheduleAtFixedRate(this::logSummary, day, day, TimeUnit.MINUTES);
	}

	/**
	 * Counts a search if it is a gap.
	 * @param results the first page of a search's answer
	 * @param normalised the query as the report shows it (see {@link #normalise})
	 */
	void record(SearchResults results, String normalised) {
		if (normalised.isEmpty() || results.page() != 1) {
			return;
		}
		if (results.total() == 0) {
			this.noArticle.count(normalised);
		}
		else if (results.foundOnlyThroughCorrection()) {
			this.onlyAfterCorrection.count(normalised);
		}
	}

	/**
	 * A query as the report shows it: its words as typed (lower case, accents folded,
	 * punctuation dropped), each once, in order.
	 * @param text the cleaned query
	 * @param analyzers the site's analysis
	 * @return the words joined by single spaces; empty when there are none
	 */
	static String normalise(SearchText text, SearchAnalyzers analyzers) {
		return String.join(" ",
				new LinkedHashSet<>(SearchAnalyzers.tokens(analyzers.spelling(), SearchIndex.SPELLING, text.value())));
	}

	/**
	 * The report.
	 * @param top how many queries of each list to name, most frequent first
	 * @return the day counting began, and the top queries of each list with their counts
	 */
	public Report report(int top) {
		return new Report(this.since, this.noArticle.top(top), this.noArticle.total(),
				this.onlyAfterCorrection.top(top), this.onlyAfterCorrection.total());
	}

	void logSummary() {
		logger.info(summary());
	}

	/**
	 * The daily log line: totals and the {@value #LOGGED} most frequent queries of each
	 * list.
	 * @return one line of text, such as
	 * {@code Search gaps since ...: 3 searches found no article (most often: ...)}
	 */
	String summary() {
		Report report = report(LOGGED);
		return String.format(Locale.ROOT,
				"Search gaps since %s: %d searches found no article (most often: %s); %d found articles only "
						+ "after a spelling correction (most often: %s)",
				report.since(), report.noArticleTotal(), describe(report.noArticle()),
				report.onlyAfterCorrectionTotal(), describe(report.onlyAfterCorrection()));
	}

	@PreDestroy
	void stop() {
		this.daily.shutdownNow();
	}

	private static String describe(List<QueryCount> counts) {
		return counts.isEmpty() ? "none" : String.join(", ",
				counts.stream().map((count) -> "\"" + count.query() + "\" " + count.count()).toList());
	}

	/**
	 * What the report says.
	 *
	 * @param since the day (UTC) counting began, at start-up
	 * @param noArticle the queries that found no article, most frequent first
	 * @param noArticleTotal how many searches found no article
	 * @param onlyAfterCorrection the queries whose articles were found only after a
	 * spelling correction
	 * @param onlyAfterCorrectionTotal how many searches found articles only after a
	 * correction
	 */
	public record Report(LocalDate since, List<QueryCount> noArticle, long noArticleTotal,
			List<QueryCount> onlyAfterCorrection, long onlyAfterCorrectionTotal) {
	}

	/**
	 * One query and how many times it was searched for.
	 *
	 * @param query the normalised query
	 * @param count how many searches
	 */
	public record QueryCount(String query, long count) {
	}

	/** Counts per query, bounded. */
	private static final class Tally {

		private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

		private final LongAdder total = new LongAdder();

		void count(String query) {
			this.total.increment();
			LongAdder count = this.counts.get(query);
			if (count == null && this.counts.size() < MAX_QUERIES) {
				count = this.counts.computeIfAbsent(query, (key) -> new LongAdder());
			}
			if (count != null) {
				count.increment();
			}
		}

		long total() {
			return this.total.sum();
		}

		List<QueryCount> top(int top) {
			return this.counts.entrySet()
				.stream()
				.map((entry) -> new QueryCount(entry.getKey(), entry.getValue().sum()))
				.sorted(Comparator.comparingLong(QueryCount::count).reversed().thenComparing(QueryCount::query))
				.limit(top)
				.toList();
		}

	}

}
