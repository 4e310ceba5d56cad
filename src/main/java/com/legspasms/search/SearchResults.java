package com.legspasms.search;

import java.util.List;

/**
 * The answer to one search.
 *
 * @param text what was searched for
 * @param total how many articles matched
 * @param results the best matches, best first
 * @param suggestion a corrected query when the spelling of some word looks wrong, or {@code null}
 */
public record SearchResults(SearchText text, int total, List<SearchResult> results, String suggestion) {

	public SearchResults {
		results = List.copyOf(results);
	}

	static SearchResults none(SearchText text) {
		return new SearchResults(text, 0, List.of(), null);
	}

	SearchResults withSuggestion(String suggestion) {
		return new SearchResults(this.text, this.total, this.results, suggestion);
	}

}
