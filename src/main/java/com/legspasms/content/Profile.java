package com.legspasms.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A condition's profile: short plain-English facts laid side by side with other
 * conditions' on the comparison page. The fields readers filter by take values from fixed
 * lists, so that "comes on at night" means the same thing on every page.
 *
 * @param name a short name for the condition, the heading of its column
 * @param comesOn when it comes on (keys of {@link #COMES_ON})
 * @param feltIn where it is felt (keys of {@link #FELT_IN})
 * @param feelsLike what it feels like
 * @param lasts how long it lasts
 * @param easedBy what eases it (keys of {@link #EASED_BY})
 * @param worseWith what makes it worse
 * @param warningSigns the signs that need a doctor
 */
public record Profile(@NotNull String name, @NotEmpty @DefaultValue List<String> comesOn,
		@NotEmpty @DefaultValue List<String> feltIn, @NotNull String feelsLike, @NotNull String lasts,
		@NotEmpty @DefaultValue List<String> easedBy, @NotNull String worseWith, @NotNull String warningSigns) {

	/**
	 * The keys writers may give in {@code comes-on}, with the label each is shown with.
	 */
	public static final Map<String, String> COMES_ON = labels("night", "In bed at night", "exercise",
			"During or after exercise", "walking", "While walking", "standing", "When standing", "rest",
			"At rest, in the evening or at night", "heat", "In hot weather", "any-time", "No set time");

	/**
	 * The keys writers may give in {@code felt-in}, with the label each is shown with.
	 */
	public static final Map<String, String> FELT_IN = labels("calf", "Calf", "foot", "Foot", "thigh", "Thigh", "knee",
			"Knee or behind the knee", "buttock", "Buttock or hip", "lower-back", "Lower back", "one-leg",
			"One leg only", "both-legs", "Often both legs");

	/**
	 * The keys writers may give in {@code eased-by}, with the label each is shown with.
	 */
	public static final Map<String, String> EASED_BY = labels("stretching", "Stretching the muscle", "moving",
			"Moving the legs", "rest", "Stopping to rest", "sitting", "Sitting or bending forward", "self-care",
			"Self-care at home", "medical-care", "Seeing a doctor");

	public Profile {
		comesOn = List.copyOf(comesOn);
		feltIn = List.copyOf(feltIn);
		easedBy = List.copyOf(easedBy);
	}

	private static Map<String, String> labels(String... keysAndLabels) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (int i = 0; i < keysAndLabels.length; i += 2) {
			labels.put(keysAndLabels[i], keysAndLabels[i + 1]);
		}
		return Collections.unmodifiableMap(labels);
	}

}
