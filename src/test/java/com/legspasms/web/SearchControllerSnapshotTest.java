package com.legspasms.web;

import java.nio.file.Path;
import java.util.List;

import com.legspasms.search.SearchAnswer;
import com.legspasms.search.SearchResults;
import com.legspasms.search.SearchService;
import com.legspasms.search.SearchText;
import com.legspasms.site.CategorySection;
import com.legspasms.site.ContentFixture;
import com.legspasms.site.PublishedSite;
import com.legspasms.site.SiteSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.ui.ExtendedModelMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * A search page is built from one version of the site (issue #14): when a reload swaps in
 * a new snapshot while the search runs, the page's topic list and popular articles still
 * come from the snapshot whose index found the results, never from the newer one.
 */
class SearchControllerSnapshotTest {

	@TempDir
	Path before;

	@TempDir
	Path after;

	@Test
	void theWholePageComesFromTheSnapshotThatAnswered() {
		SiteSnapshot answered = new ContentFixture(this.before)
			.article("hub", "Cramps before the edit", "overview", "Text.")
			.build("hub");
		SiteSnapshot reloaded = new ContentFixture(this.after)
			.article("hub", "Cramps after the edit", "overview", "Text.")
			.build("hub");
		SearchService search = mock(SearchService.class);
		given(search.answer(anyString(), anyInt())).willReturn(new SearchAnswer(answered,
				new SearchResults(SearchText.of("cramps"), 0, true, 1, List.of(), null, List.of(), false)));
		PublishedSite published = mock(PublishedSite.class);
		given(published.current()).willReturn(reloaded);
		ExtendedModelMap model = new ExtendedModelMap();

		new SearchController(search, published).search("cramps", 1, model);

		@SuppressWarnings("unchecked")
		List<CategorySection> sections = (List<CategorySection>) model.get("sections");
		assertThat(sections).flatExtracting(CategorySection::articles)
			.extracting("title")
			.containsExactly("Cramps before the edit");
		assertThat(model.get("popular")).isEqualTo(answered.popular());
	}

}
