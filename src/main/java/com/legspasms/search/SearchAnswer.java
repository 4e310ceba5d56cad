package com.legspasms.search;

import com.legspasms.site.SiteSnapshot;

/**
 * The answer to one search, tied to the version of the site that gave it (issue #14: a
 * search response reads one snapshot, so a reload in the middle cannot mix two versions
 * on one page).
 *
 * @param snapshot the snapshot whose index answered; its articles, sections and popular
 * list are the ones the results page shows
 * @param results the page of results
 */
public record SearchAnswer(SiteSnapshot snapshot, SearchResults results) {
}
