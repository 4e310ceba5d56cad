package com.legspasms.search;

import java.nio.file.Path;

import com.legspasms.content.ContentLayout;
import com.legspasms.site.ContentFixture;
import com.legspasms.site.SiteSnapshot;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SearchIndexTest {

	@TempDir
	Path dir;

	SearchIndex index;

	@BeforeEach
	void build() {
		SiteSnapshot snapshot = new ContentFixture(this.dir).article("hub", "Leg cramps", "overview", """
				Some pages show <script>alert(1)</script> & <b>bold</b> text near the word cramps.

				## When to see a doctor

				!!! urgent
				    - one calf is swollen
				""")
			.article("night", "Night time", "causes", "Nothing about that here. Magnesium is discussed.")
			.build("hub");
		this.index = SearchIndex.build(snapshot, SearchService.analyzers(Path.of("content", ContentLayout.SYNONYMS)));
	}

	@Test
	void snippetsAreEscapedExceptForTheHighlightMarks() {
		SearchResults results = this.index.search(SearchText.of("cramps"), 1);
		assertThat(results.results()).hasSize(1);
		String snippet = results.results().get(0).snippetHtml();
		assertThat(snippet).contains("&lt;script&gt;", "&amp;", "&lt;b&gt;", "<mark>cramps</mark>");
		Document parsed = Jsoup.parseBodyFragment(snippet);
		assertThat(parsed.body().children()).isNotEmpty()
			.allSatisfy((child) -> assertThat(child.tagName()).isEqualTo("mark"));
	}

	@Test
	void aMisspeltWordFindsItsCorrectionAndOffersIt() {
		SearchResults results = this.index.search(SearchText.of("magnesiun"), 1);
		assertThat(results.results()).extracting((result) -> result.article().slug()).containsExactly("night");
		assertThat(results.suggestion()).isEqualTo("magnesium");
	}

	@Test
	void knownWordsGetNoSuggestion() {
		assertThat(this.index.search(SearchText.of("magnesium cramps"), 1).suggestion()).isNull();
		assertThat(this.index.search(SearchText.of("stretching"), 1).suggestion()).isNull();
	}

	@Test
	void wordsOnlyInCareCardsStillFindTheArticle() {
		assertThat(this.index.search(SearchText.of("swollen"), 1).results())
			.extracting((result) -> result.article().slug())
			.containsExactly("hub");
	}

	@Test
	void queriesOfOnlyStopWordsOrPunctuationFindNothingAndDoNotFail() {
		assertThat(this.index.search(SearchText.of("the of and"), 1).total()).isZero();
		assertThat(this.index.search(SearchText.of("\"(*)~\\"), 1).total()).isZero();
	}

	@Test
	void pagesBeyondTheLastShowTheLastPage() {
		SearchResults results = this.index.search(SearchText.of("cramps"), 40);
		assertThat(results.page()).isEqualTo(1);
		assertThat(results.results()).hasSize(1);
		assertThat(results.hasNextPage()).isFalse();
	}

}
