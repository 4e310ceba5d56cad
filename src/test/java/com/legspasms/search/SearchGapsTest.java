package com.legspasms.search;

import java.nio.file.Path;
import java.util.List;

import com.legspasms.content.ContentLayout;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchGapsTest {

	private final SearchAnalyzers analyzers = SearchService.analyzers(Path.of("content", ContentLayout.SYNONYMS));

	@Test
	void queriesAreNormalisedToTheirWordsLowerCaseOnceEach() {
		assertThat(SearchGaps.normalise(SearchText.of("  Crámps, CRAMPS at NITE?! "), this.analyzers))
			.isEqualTo("cramps at nite");
	}

	@Test
	void onlySearchesThatFoundNothingOrOnlyAfterACorrectionAreCountedMostFrequentFirst() {
		SearchGaps gaps = new SearchGaps();
		try {
			gaps.record(results(0, false, 1), "zzqq");
			gaps.record(results(0, false, 1), "yyxx");
			gaps.record(results(0, false, 1), "yyxx");
			gaps.record(results(0, false, 2), "yyxx");
			gaps.record(results(3, true, 1), "magnesum");
			gaps.record(results(3, false, 1), "cramp");
			SearchGaps.Report report = gaps.report(10);
			assertThat(report.noArticle()).containsExactly(new SearchGaps.QueryCount("yyxx", 2),
					new SearchGaps.QueryCount("zzqq", 1));
			assertThat(report.noArticleTotal()).isEqualTo(3);
			assertThat(report.onlyAfterCorrection()).containsExactly(new SearchGaps.QueryCount("magnesum", 1));
			assertThat(gaps.report(1).noArticle()).hasSize(1);
		}
		finally {
			gaps.stop();
		}
	}

	@Test
	void aFloodOfDifferentQueriesIsCountedButNotKept() {
		SearchGaps gaps = new SearchGaps();
		try {
			for (int i = 0; i < SearchGaps.MAX_QUERIES + 500; i++) {
				gaps.record(results(0, false, 1), "q" + i);
			}
			SearchGaps.Report report = gaps.report(SearchGaps.MAX_QUERIES + 1000);
			assertThat(report.noArticle()).hasSize(SearchGaps.MAX_QUERIES);
			assertThat(report.noArticleTotal()).isEqualTo(SearchGaps.MAX_QUERIES + 500);
		}
		finally {
			gaps.stop();
		}
	}

	@Test
	void theDailyLogLineNamesTheTopQueriesAndNothingAboutTheReaders() {
		SearchGaps gaps = new SearchGaps();
		try {
			gaps.record(results(0, false, 1), "zzqq");
			gaps.record(results(2, true, 1), "magnesum");
			assertThat(gaps.summary()).contains("Search gaps since ",
					"1 searches found no article (most often: \"zzqq\" 1)",
					"1 found articles only after a spelling correction (most often: \"magnesum\" 1)");
		}
		finally {
			gaps.stop();
		}
	}

	private static SearchResults results(int total, boolean onlyAfterCorrection, int page) {
		return new SearchResults(SearchText.of("x"), total, true, page, List.of(), null, List.of(),
				onlyAfterCorrection);
	}

}
