package com.legspasms.content;

import java.util.Arrays;
import java.util.Optional;

/**
 * How soon a reader must act on a piece of care advice: the three levels of the NHS
 * care-card pattern (see a GP; urgent, the same day; emergency, 999 or A&amp;E), most
 * urgent last.
 */
public enum Urgency {

	/** See a GP (not urgent). */
	SEE_DOCTOR("see-doctor"),

	/**
	 * Get help the same day: an urgent GP appointment, NHS 111 or an urgent treatment
	 * centre.
	 */
	URGENT("urgent"),

	/** Call 999 (or 112/911) or go to A&amp;E now. */
	EMERGENCY("emergency");

	private final String key;

	Urgency(String key) {
		this.key = key;
	}

	/**
	 * The key writers use in front matter and in {@code !!! kind} lines, such as
	 * {@code see-doctor}.
	 * @return the key, such as {@code see-doctor}
	 */
	public String key() {
		return this.key;
	}

	/**
	 * The urgency a writer named.
	 * @param key a key such as {@code urgent}
	 * @return the urgency, or empty when the key is not one of the three
	 */
	public static Optional<Urgency> fromKey(String key) {
		return Arrays.stream(values()).filter((urgency) -> urgency.key.equals(key)).findFirst();
	}

	/**
	 * The three keys, comma separated, for problem messages.
	 * @return the keys, such as {@code see-doctor, urgent, emergency}
	 */
	public static String knownKeys() {
		return String.join(", ", Arrays.stream(values()).map(Urgency::key).toList());
	}

}
