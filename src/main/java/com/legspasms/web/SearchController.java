package com.legspasms.web;

import java.util.Comparator;

import com.legspasms.search.SearchAnswer;
import com.legspasms.search.SearchResults;
import com.legspasms.search.SearchService;
import com.legspasms.search.SearchText;
import com.legspasms.site.Article;
import com.legspasms.site.CareBlock;
import com.legspasms.site.PublishedSite;
import com.legspasms.site.SiteSnapshot;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SearchController {

	private final SearchService search;

	private final PublishedSite content;

	SearchController(SearchService search, PublishedSite content) {
		this.search = search;
		this.content = content;
	}

	@GetMapping("/search")
	String search(@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "page", defaultValue = "1") int page, Model model) {
		SearchAnswer answer = this.search.answer(query, page);
		SiteSnapshot snapshot = answer.snapshot();
		SearchResults results = answer.results();
		model.addAttribute("results", results);
		model.addAttribute("careCards",
				results.careBlocks()
					.stream()
					.map((block) -> new SearchCareCard(block,
							(block.home() != null) ? snapshot.article(block.home()).orElse(null) : null))
					.toList());
		model.addAttribute("searchQuery", results.text().value());
		model.addAttribute("maxQueryLength", SearchText.MAX_LENGTH);
		model.addAttribute("popular", snapshot.popular());
		model.addAttribute("sections", snapshot.sections());
		return "search";
	}

	/**
	 * What the search box leads to in the static export, which has no server to search
	 * with: every article, A to Z, so the reader is never at a dead end.
	 * @param model the view's model, given every article A to Z
	 * @return the view name of the page listing them
	 */
	@GetMapping("/search-unavailable")
	String searchUnavailable(Model model) {
		model.addAttribute("articles",
				this.content.current()
					.articles()
					.stream()
					.sorted(Comparator.comparing(Article::title, String.CASE_INSENSITIVE_ORDER))
					.toList());
		return "search-unavailable";
	}

	/**
	 * A care block shown above search results, with the article it links to.
	 *
	 * @param block the block
	 * @param home the article that explains the condition, or {@code null} when it names
	 * none
	 */
	record SearchCareCard(CareBlock block, Article home) {
	}

}
