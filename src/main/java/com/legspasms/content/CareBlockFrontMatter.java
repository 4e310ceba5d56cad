package com.legspasms.content;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The typed front matter of one shared care block ({@code content/care/NAME.md}).
 *
 * @param urgency how soon the reader must act; one urgency per block, as in the NHS
 * care-card pattern
 * @param title the card's heading, which states the action ("Call 999 or go to A&amp;E
 * if:")
 * @param reviewed when the advice was last checked against its sources (required)
 * @param sources the publications the advice comes from (at least one)
 * @param home slug of the article that explains the condition, or {@code null}
 * @param triggers short phrases a reader might search for that should bring this block up
 */
public record CareBlockFrontMatter(@NotNull Urgency urgency, @NotNull String title, @NotNull LocalDate reviewed,
		@NotEmpty @DefaultValue List<CitedSource> sources, String home, @DefaultValue List<String> triggers) {

	public CareBlockFrontMatter {
		sources = List.copyOf(sources);
		triggers = List.copyOf(triggers);
	}

}
