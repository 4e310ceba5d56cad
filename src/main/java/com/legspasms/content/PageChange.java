package com.legspasms.content;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.validation.constraints.NotNull;

/**
 * One entry of a page's history, from front matter {@code changes: [{date: 2026-11-29,
 * kind: editorial, summary: ...}]} (the NHS standard for creating health content asks for
 * a version history of each page).
 *
 * @param date the day the change was published
 * @param kind whether it changed the health advice ({@code clinical}) or only its wording
 * or layout
 * @param summary one plain sentence saying what changed
 */
public record PageChange(@NotNull LocalDate date, @NotNull Kind kind, @NotNull String summary) {

	/** What a change touched. */
	public enum Kind {

		/** The health advice itself: it needs a clinical review on or after its date. */
		CLINICAL,

		/** Wording, layout, links or spelling; the advice is unchanged. */
		EDITORIAL;

		/**
		 * The key writers use, {@code clinical} or {@code editorial}.
		 * @return the key, {@code clinical} or {@code editorial}
		 */
		public String key() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/** Whether the change touched the health advice. */
	public boolean isClinical() {
		return this.kind == Kind.CLINICAL;
	}

}
