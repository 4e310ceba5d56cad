package com.legspasms.rendering;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The NHS care-card rule that each card has one urgency, checked on its words: a see-a-GP
 * card says nothing of the same day or of 999, a same-day card says nothing of 999 or
 * A&amp;E, and an emergency card says what to do (call 999, 112 or 911, or go to A&amp;E
 * or the emergency department). Applied to every card an article writes and every shared
 * care block, at start-up and on reload, and by the build's safety check to the templates
 * and the README's examples.
 */
public final class CareCardWording {

	/** Words that belong on a same-day or 999 card, never on a see-a-GP card. */
	private static final Pattern SAME_DAY_OR_EMERGENCY = Pattern
		.compile("\\b(today|same day|same-day|urgent|urgently|111|999|A&E|emergency)\\b", Pattern.CASE_INSENSITIVE);

	/** Words that belong on a 999 card, never on a same-day card. */
	private static final Pattern EMERGENCY_ONLY = Pattern.compile("\\b(999|A&E)\\b");

	/** What an emergency card must tell the reader to do. */
	private static final Pattern EMERGENCY_ACTION = Pattern.compile("\\b(999|112|911|A&E)\\b|emergency department",
			Pattern.CASE_INSENSITIVE);

	private CareCardWording() {
	}

	/**
	 * What is wrong with a care card's words, if anything.
	 * @param kind the card's kind; a {@link CareCardKind#NOTE} is not care advice and
	 * always passes
	 * @param text the card's title and body as the reader sees them
	 * @return a sentence naming the problem, or empty when the card keeps to one urgency
	 */
	public static Optional<String> problem(CareCardKind kind, String text) {
		return switch (kind) {
			case SEE_DOCTOR -> found(SAME_DAY_OR_EMERGENCY, text).map((words) -> "a see-doctor card must not say "
					+ words + ": same-day and 999 advice belongs on an 'urgent' or 'emergency' card");
			case URGENT -> found(EMERGENCY_ONLY, text).map((words) -> "an urgent card must not say " + words
					+ ": 999 and A&E advice belongs on an 'emergency' card");
			case EMERGENCY -> EMERGENCY_ACTION.matcher(text).find() ? Optional.empty()
					: Optional.of("an emergency card must say what to do: call 999 (or 112 or 911), "
							+ "or go to A&E or the emergency department");
			case NOTE -> Optional.empty();
		};
	}

	/**
	 * Like {@link #problem(CareCardKind, String)}, naming also the first line that holds
	 * a word the card's urgency forbids, so the writer is sent to it.
	 * @param kind the card's kind
	 * @param text the card's lines as written, joined by {@code \n}: its title first,
	 * then its body
	 * @return the problem with the index (from 0) of the first line holding a forbidden
	 * word, or of the title when the card lacks a word it needs; empty when the card
	 * keeps to one urgency
	 */
	public static Optional<LineProblem> problemIn(CareCardKind kind, String text) {
		return problem(kind, text).map((message) -> new LineProblem(firstLineWith(forbidden(kind), text), message));
	}

	private static Pattern forbidden(CareCardKind kind) {
		return switch (kind) {
			case SEE_DOCTOR -> SAME_DAY_OR_EMERGENCY;
			case URGENT -> EMERGENCY_ONLY;
			case EMERGENCY, NOTE -> null;
		};
	}

	private static int firstLineWith(Pattern words, String text) {
		Matcher match = (words != null) ? words.matcher(text) : null;
		if (match == null || !match.find()) {
			return 0;
		}
		return (int) text.substring(0, match.start()).chars().filter((c) -> c == '\n').count();
	}

	private static Optional<String> found(Pattern words, String text) {
		Set<String> found = new LinkedHashSet<>();
		words.matcher(text).results().map(MatchResult::group).forEach((word) -> found.add("'" + word + "'"));
		return found.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", found));
	}

	/**
	 * A care card's wording problem and where it is.
	 *
	 * @param line the index (from 0) of the card's line it concerns, its title being 0
	 * @param message a sentence naming the problem
	 */
	public record LineProblem(int line, String message) {
	}

}
