package com.legspasms.search;

import java.util.List;

import com.legspasms.site.CareBlock;

/**
 * One page of the answer to a search.
 *
 * @param text what was searched for
 * @param total how many articles matched (a lower bound when {@code totalIsExact} is
 * false)
 * @param totalIsExact whether {@code total} was counted to the end
 * @param page which page of results this is, from 1
 * @param results this page's matches, best first
 * @param suggestion a corrected query when the spelling of some word looks wrong, or
 * {@code null}
 * @param careBlocks the care blocks whose triggers the words match, to show above the
 * results, most urgent first (see {@link CareTriggers}); empty for most searches
 * @param foundOnlyThroughCorrection whether the words as typed found nothing and the
 * articles were found only through corrections of their spelling
 */
public record SearchResults(SearchText text, int total, boolean totalIsExact, int page, List<SearchResult> results,
		String suggestion, List<CareBlock> careBlocks, boolean foundOnlyThroughCorrection) {

	/**
	 * The number of results on one page.
	 */
	public static final int PAGE_SIZE = 10;

	/** Deeper pages are not offered: nobody reads them, and each costs more to find. */
	public static final int MAX_PAGE = 50;

	public SearchResults {
		results = List.copyOf(results);
		careBlocks = List.copyOf(careBlocks);
	}

	static SearchResults none(SearchText text) {
		return new SearchResults(text, 0, true, 1, List.of(), null, List.of(), false);
	}

	SearchResults withSuggestion(String suggestion) {
		return new SearchResults(this.text, this.total, this.totalIsExact, this.page, this.results, suggestion,
				this.careBlocks, this.foundOnlyThroughCorrection);
	}

	SearchResults withCareBlocks(List<CareBlock> blocks) {
		return new SearchResults(this.text, this.total, this.totalIsExact, this.page, this.results, this.suggestion,
				blocks, this.foundOnlyThroughCorrection);
	}

	SearchResults withFoundOnlyThroughCorrection(boolean onlyThroughCorrection) {
		return new SearchResults(this.text, this.total, this.totalIsExact, this.page, this.results, this.suggestion,
				this.careBlocks, onlyThroughCorrection);
	}

	public boolean hasPreviousPage() {
		return this.page > 1;
	}

	public boolean hasNextPage() {
		return this.page < MAX_PAGE && this.page * PAGE_SIZE < this.total;
	}

	/** The position of this page's first result, from 1. */
	public int firstPosition() {
		return (this.page - 1) * PAGE_SIZE + 1;
	}

}
