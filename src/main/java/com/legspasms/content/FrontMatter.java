package com.legspasms.content;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The typed front matter of one article, bound from YAML by {@link FrontMatterReader};
 * the annotations say which fields are required and what an absent one means.
 *
 * @param title the page title (required)
 * @param summary one sentence for excerpts and the meta description (required)
 * @param category key of a configured category (required)
 * @param related slugs of articles to show as related conditions
 * @param reviewed when the article was last checked against its sources, if known
 * @param sources publications the facts come from
 * @param order position within the category; articles without one come after those with
 * one
 * @param aliases old slugs that redirect here
 * @param condition the medical condition the article is about, if it is about one
 * @param profile the condition's facts for the comparison page, if it has them
 * @param status where the page is in its editorial life;
 * {@link EditorialStatus#PUBLISHED} when not given
 * @param reviewedBy the clinician who signed the page off, or {@code null} when no one
 * did
 * @param changes the page's history as written, in the order written
 */
public record FrontMatter(@NotNull String title, @NotNull String summary, @NotNull String category,
		@DefaultValue List<String> related, LocalDate reviewed, @DefaultValue List<CitedSource> sources, Integer order,
		@DefaultValue List<String> aliases, String condition, Profile profile,
		@DefaultValue("published") EditorialStatus status, ClinicalReviewer reviewedBy,
		@DefaultValue List<PageChange> changes) {

	/**
	 * The most characters a summary may have, as it is shown in listings and search
	 * results.
	 */
	public static final int MAX_SUMMARY_LENGTH = 160;

	public FrontMatter {
		related = List.copyOf(related);
		sources = List.copyOf(sources);
		aliases = List.copyOf(aliases);
		changes = List.copyOf(changes);
	}

}
