package com.legspasms.site;

import java.time.LocalDate;
import java.util.List;

import com.legspasms.content.CitedSource;
import com.legspasms.content.Urgency;

/**
 * A shared care block ready to place: written once in {@code content/care/NAME.md}, shown
 * as the same card on every page that places it (the NHS care-card pattern: one urgency,
 * the action in the heading, a list of signs of which any one is enough).
 *
 * @param name the name articles place it by
 * @param file the file it was read from, as problems name it
 * @param urgency how soon the reader must act
 * @param title the card's heading
 * @param reviewed when the advice was last checked against its sources
 * @param nextReviewDue when it is next due for review
 * @param sources the publications the advice comes from; they join the Sources of every
 * placing page
 * @param home slug of the article that explains the condition, or {@code null}
 * @param triggers short phrases a reader might search for that should bring this block up
 * @param cardHtml the rendered card
 */
public record CareBlock(String name, String file, Urgency urgency, String title, LocalDate reviewed,
		LocalDate nextReviewDue, List<CitedSource> sources, String home, List<String> triggers, String cardHtml) {

	public CareBlock {
		sources = List.copyOf(sources);
		triggers = List.copyOf(triggers);
	}

	/**
	 * Whether the block is past its next review date.
	 * @param today the date to compare with
	 */
	public boolean isDueForReview(LocalDate today) {
		return this.nextReviewDue != null && !today.isBefore(this.nextReviewDue);
	}

}
