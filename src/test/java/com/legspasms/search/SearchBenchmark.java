package com.legspasms.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.legspasms.LegSpasmsApplication;
import com.legspasms.benchmark.CorpusGenerator;
import com.legspasms.content.ContentLayout;
import com.legspasms.site.PublishedSite;
import com.legspasms.site.SiteSnapshot;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Index build time and query latency over a generated corpus (default 10,000 articles),
 * with the site's real configuration, care blocks (and their triggers), synonyms and
 * spelling lists, each search timed through {@link SearchService} as the search page
 * calls it. A benchmark, not a test:
 *
 * <pre>./mvnw -q test-compile exec:exec@search-benchmark [-Dexec.args="10000"]</pre>
 */
public final class SearchBenchmark {

	/**
	 * A mix of what readers type: single words, phrases, synonyms, typos, plurals and
	 * long queries.
	 */
	static final List<String> QUERIES = List.of("cramp", "calf cramp at night", "charley horse", "restles legs", "RLS",
			"legs hurt when walking", "spinal stenosis", "narrowing of the spine", "PAD", "claudication", "dehydration",
			"low potassium", "stomach cramps", "pregnancy cramps", "thigh cramp", "foot cramps", "crampz in my calff",
			"musle spasm", "stretching", "warm bath", "when to see a doctor", "swollen calf", "numbness and tingling",
			"statins muscle pain", "heat cramps exercise", "night time leg pain", "burning feeling in feet",
			"why do my legs cramp at night when I sleep", "quinine", "magnesium", "dialysis", "sharp pain in shin",
			"office workers", "hamstring", "tummy cramp", "cramps cramps cramps",
			"what helps restless legs in the evening", "peripheral artery disease", "poor circulation", "x",
			"swollen calf and chest pain", "cramps at nite");

	/** The writers' search files, copied next to the corpus's articles. */
	static final List<String> SEARCH_FILES = List.of("synonyms.txt", "reader-words.txt", "never-suggested.txt");

	private SearchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int articles = (args.length > 0) ? Integer.parseInt(args[0]) : 10_000;
		Path corpus = Path.of("target", "corpus-" + articles);
		if (!Files.isDirectory(corpus.resolve("articles"))) {
			CorpusGenerator.write(corpus, articles, 42);
			for (String file : SEARCH_FILES) {
				if (Files.exists(Path.of("content", file))) {
					Files.copy(Path.of("content", file), corpus.resolve(file));
				}
			}
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LegSpasmsApplication.class)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.properties("logging.level.root=WARN")
			.run("--site.content-dir=" + corpus)) {
			SiteSnapshot snapshot = context.getBean(PublishedSite.class).current();
			SearchAnalyzers analyzers = SearchService.analyzers(Path.of("content", ContentLayout.SYNONYMS));
			long buildStart = System.nanoTime();
			SearchIndex index = SearchIndex.build(snapshot, analyzers);
			double buildMillis = (System.nanoTime() - buildStart) / 1e6;

			SearchService search = context.getBean(SearchService.class);
			List<SearchText> queries = QUERIES.stream().map(SearchText::of).toList();
			for (int round = 0; round < 50; round++) {
				queries.forEach((query) -> search.search(query.value(), 1));
			}
			List<Long> nanos = new ArrayList<>();
			Map<String, List<Long>> byQuery = new LinkedHashMap<>();
			for (int round = 0; round < 100; round++) {
				for (SearchText query : queries) {
					long start = System.nanoTime();
					search.search(query.value(), 1);
					long took = System.nanoTime() - start;
					nanos.add(took);
					byQuery.computeIfAbsent(query.value(), (key) -> new ArrayList<>()).add(took);
				}
			}
			Collections.sort(nanos);
			byQuery.values().forEach(Collections::sort);
			System.out.printf(Locale.ROOT,
					"articles: %d%nindex build: %.0f ms%nqueries timed: %d (%d distinct)%n"
							+ "latency p50: %.2f ms%nlatency p99: %.2f ms%nlatency max: %.2f ms%n",
					snapshot.articles().size(), buildMillis, nanos.size(), queries.size(), percentile(nanos, 50),
					percentile(nanos, 99), nanos.get(nanos.size() - 1) / 1e6);
			System.out.println("slowest queries by p50:");
			byQuery.entrySet()
				.stream()
				.sorted((a, b) -> Double.compare(percentile(b.getValue(), 50), percentile(a.getValue(), 50)))
				.limit(5)
				.forEach((entry) -> System.out.printf(Locale.ROOT, "  %-45s p50 %.2f ms, p99 %.2f ms%n", entry.getKey(),
						percentile(entry.getValue(), 50), percentile(entry.getValue(), 99)));
		}
	}

	private static double percentile(List<Long> sorted, int percentile) {
		int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, index)) / 1e6;
	}

}
