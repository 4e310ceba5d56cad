package com.legspasms.site;

import java.time.LocalDate;
import java.util.List;

import com.legspasms.content.CitedSource;
import com.legspasms.content.ClinicalReviewer;
import com.legspasms.content.EditorialStatus;
import com.legspasms.content.PageChange;
import com.legspasms.content.Profile;
import com.legspasms.rendering.ArticleText;
import com.legspasms.rendering.Heading;

/**
 * An article ready to serve: its facts, and its body already rendered to HTML.
 *
 * @param slug the last part of its URL
 * @param title the page title
 * @param summary the excerpt and meta description
 * @param category the category it is filed under
 * @param reviewed when it was last reviewed, or {@code null}
 * @param nextReviewDue when it is next due for review, or {@code null}
 * @param sources where its facts come from: its own sources, then those of the care
 * blocks it places
 * @param condition the medical condition the article is about, or {@code null}
 * @param profile the condition's facts for the comparison page, or {@code null}
 * @param related slugs the writer named as related
 * @param contents the body's top-level sections, for the "On this page" list
 * @param careBlocks the names of the shared care blocks it places, in order
 * @param body the rendered body, held deflated ({@link #bodyHtml()} gives the HTML)
 * @param text the body's text, read once when it was rendered: its blocks, headings, care
 * cards, links and reading level (what search and the editorial checks read, instead of
 * the HTML)
 * @param status where the page is in its editorial life; only published pages reach
 * readers
 * @param reviewedBy the clinician who signed the page off, or {@code null} (never
 * invented)
 * @param changes the page's history, newest first
 */
public record Article(String slug, String title, String summary, Category category, LocalDate reviewed,
		LocalDate nextReviewDue, List<CitedSource> sources, String condition, Profile profile, List<String> related,
		List<Heading> contents, List<String> careBlocks, CompressedHtml body, ArticleText text, EditorialStatus status,
		ClinicalReviewer reviewedBy, List<PageChange> changes) {

	public Article {
		sources = List.copyOf(sources);
		related = List.copyOf(related);
		contents = List.copyOf(contents);
		careBlocks = List.copyOf(careBlocks);
		changes = List.copyOf(changes);
	}

	/**
	 * The rendered body.
	 * @return the body's HTML, inflated from {@link #body()} on each call (it is read to
	 * lay out the page, which is then kept whole)
	 */
	public String bodyHtml() {
		return this.body.html();
	}

	/**
	 * Whether readers and machines may see the page (see
	 * {@link EditorialStatus#isPublished()}).
	 */
	public boolean isPublished() {
		return this.status.isPublished();
	}

	/**
	 * Whether the page itself is past its next review date (care blocks it places are
	 * checked by {@link SiteSnapshot#isDueForReview(Article, LocalDate)}).
	 * @param today the date to compare with
	 */
	public boolean isDueForReview(LocalDate today) {
		return this.nextReviewDue != null && !today.isBefore(this.nextReviewDue);
	}

}
