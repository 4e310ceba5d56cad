package com.legspasms.rendering;

import java.util.Arrays;
import java.util.Optional;

import com.legspasms.content.Urgency;

/**
 * The kinds of callout a writer can add with {@code !!! kind "Title"}: three levels of
 * care advice, as trusted health sites use them, and a plain note.
 */
public enum CareCardKind {

	/**
	 * Advice to see a doctor, not urgently ({@code !!! see-doctor}).
	 */
	SEE_DOCTOR("see-doctor", "Non-urgent advice:", "See a doctor if:"),

	/**
	 * Advice to get urgent care today ({@code !!! urgent}).
	 */
	URGENT("urgent", "Urgent advice:", "Get urgent medical help if:"),

	/**
	 * Advice to call an emergency number or go to A&amp;E now ({@code !!! emergency}).
	 */
	EMERGENCY("emergency", "Emergency:", "Call your emergency number (such as 999, 911 or 112) if:"),

	/**
	 * A plain note, not care advice ({@code !!! note}).
	 */
	NOTE("note", "Note:", "Good to know");

	private final String key;

	private final String hiddenPrefix;

	private final String defaultTitle;

	CareCardKind(String key, String hiddenPrefix, String defaultTitle) {
		this.key = key;
		this.hiddenPrefix = hiddenPrefix;
		this.defaultTitle = defaultTitle;
	}

	public String key() {
		return this.key;
	}

	/**
	 * Words a screen reader hears before the title; sighted readers get them from the
	 * colour.
	 * @return the words, such as {@code "Urgent advice:"}
	 */
	public String hiddenPrefix() {
		return this.hiddenPrefix;
	}

	public String defaultTitle() {
		return this.defaultTitle;
	}

	public boolean isCareAdvice() {
		return this != NOTE;
	}

	public static Optional<CareCardKind> fromKey(String key) {
		return Arrays.stream(values()).filter((kind) -> kind.key.equals(key)).findFirst();
	}

	/**
	 * The card kind that shows advice of this urgency.
	 * @param urgency a level of care
	 * @return the card kind of that level ({@link #NOTE} is never returned)
	 */
	public static CareCardKind of(Urgency urgency) {
		return switch (urgency) {
			case SEE_DOCTOR -> SEE_DOCTOR;
			case URGENT -> URGENT;
			case EMERGENCY -> EMERGENCY;
		};
	}

	public static String knownKeys() {
		return String.join(", ", Arrays.stream(values()).map(CareCardKind::key).toList());
	}

}
