package com.legspasms.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The wording of every front-matter problem about the shape of a field (a list where a
 * line of text belongs, a field left out, an unknown field), in one place. {@code path}
 * is a field's path as writers spell it, without list positions: {@code reviewed},
 * {@code sources.url}, {@code profile.comes-on}. The words are those writers have always
 * seen; tests pin them.
 */
final class FrontMatterMessages {

	private static final String CHANGES_USAGE = "'changes' must be a list of entries with a date, a kind (clinical or editorial) and a summary";

	private static final String REVIEWER_USAGE = "'reviewed-by' must give the clinician's 'name' and 'role', such as {name: Dr A Patel, role: GP}";

	private static final String SOURCE_USAGE = "each source needs a 'title' and a 'url'";

	private static final Map<String, Map<String, String>> VOCABULARIES = Map.of("comes-on", Profile.COMES_ON, "felt-in",
			Profile.FELT_IN, "eased-by", Profile.EASED_BY);

	private FrontMatterMessages() {
	}

	/**
	 * A value that must be one line (text, a date, a number, a key) but is a list, a
	 * block or empty.
	 * @param type the Java type the value is read as
	 * @param path the field's path
	 * @return the message
	 */
	static String notALine(Class<?> type, String path) {
		if (path.equals("home")) {
			return "'home' must be an article slug such as leg-cramps";
		}
		if (path.equals("related") || path.equals("aliases")) {
			return "'" + path + "' entry must be an article slug such as leg-cramps";
		}
		if (isVocabularyList(path)) {
			return "profile field '" + field(path) + "' has an unknown value ''" + allowed(path);
		}
		if (type == LocalDate.class) {
			return notADate(path);
		}
		if (type == Integer.class) {
			return "'" + path + "' must be a whole number";
		}
		return "field '" + path + "' must be a line of text";
	}

	/**
	 * A date that is not one.
	 * @param path the field, as writers spell it
	 * @return the message, such as
	 * {@code 'reviewed' must be a date written as YYYY-MM-DD}
	 */
	static String notADate(String path) {
		return "'" + path + "' must be a date written as YYYY-MM-DD";
	}

	/**
	 * A value that must be a list but is not one, or is an empty list where at least one
	 * entry is needed.
	 * @param root the record read for the whole file
	 * @param path the field's path
	 * @param empty whether the list was given but empty (or YAML null)
	 * @return the message
	 */
	static String notAList(Class<?> root, String path, boolean empty) {
		return switch (path) {
			case "related", "aliases" -> "'" + path + "' must be a list of article slugs, one '- slug' per line";
			case "sources" -> (empty && root == CareBlockFrontMatter.class) ? "'sources' must list at least one source"
					: "'sources' must be a list of entries with a title and a url";
			case "triggers" -> "'triggers' must be a list of short phrases, one '- phrase' per line";
			case "changes" -> CHANGES_USAGE;
			default -> "profile field '" + field(path) + "' must be a list such as ["
					+ VOCABULARIES.get(field(path)).keySet().iterator().next() + "]" + allowed(path);
		};
	}

	/**
	 * Fields that, when given, must list at least one entry.
	 * @param root the record read for the whole file
	 * @param path the field's path
	 * @return whether an empty list (or YAML null) is a problem
	 */
	static boolean needsEntries(Class<?> root, String path) {
		return path.equals("triggers") || isVocabularyList(path)
				|| (root == CareBlockFrontMatter.class && path.equals("sources"));
	}

	/**
	 * A value that must be a block of fields but is not one.
	 * @param path the field's path
	 * @return the message
	 */
	static String notFields(String path) {
		return switch (path) {
			case "profile" -> "'profile' must be fields such as 'comes-on: [night]', indented under it";
			case "reviewed-by" -> REVIEWER_USAGE;
			case "sources" -> SOURCE_USAGE;
			default -> CHANGES_USAGE;
		};
	}

	/**
	 * A required field left out.
	 * @param path the field's path
	 * @return the message, reported at the line of the block that lacks it (the first
	 * line at the top)
	 */
	static String missing(String path) {
		if (!path.contains(".")) {
			return "missing required field '" + path + "'";
		}
		return switch (path.substring(0, path.indexOf('.'))) {
			case "profile" ->
				"profile field '" + field(path) + "' is missing" + (isVocabularyList(path) ? allowed(path) : "");
			case "reviewed-by" -> REVIEWER_USAGE;
			case "sources" -> SOURCE_USAGE;
			default -> CHANGES_USAGE;
		};
	}

	/**
	 * Whether {@link #missing} speaks of the whole entry (a source, the reviewer) rather
	 * than the field, so that it is still said when the field itself was reported.
	 * @param path the missing field, as writers spell it
	 * @return true when the message names the entry
	 */
	static boolean missingNamesTheEntry(String path) {
		return path.startsWith("sources.") || path.startsWith("reviewed-by.");
	}

	/**
	 * A field name that the block does not have.
	 * @param record the record the block is read into
	 * @param root the record read for the whole file
	 * @param key the key as written
	 * @return the message, naming the known fields
	 */
	static String unknownField(Class<?> record, Class<?> root, String key) {
		List<String> known = FrontMatterFields.of(record).order();
		String kind = (record == root) ? "" : switch (record.getSimpleName()) {
			case "Profile" -> "profile ";
			case "CitedSource" -> "source ";
			case "ClinicalReviewer" -> "reviewed-by ";
			default -> "change ";
		};
		if (record == Profile.class) {
			known = List.copyOf(new TreeSet<>(known));
		}
		return "unknown " + kind + "field '" + key + "' (known fields: " + String.join(", ", known) + ")";
	}

	/**
	 * A record component's name as written in front matter: {@code reviewedBy} is
	 * {@code reviewed-by}.
	 * @param name a Java name
	 * @return the kebab-case name
	 */
	static String kebab(String name) {
		return name.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
	}

	private static boolean isVocabularyList(String path) {
		return path.startsWith("profile.") && VOCABULARIES.containsKey(field(path));
	}

	/**
	 * The words closing a profile vocabulary problem.
	 * @param path {@code profile.comes-on}, {@code profile.felt-in} or
	 * {@code profile.eased-by}
	 * @return " (use one or more of: ...)"
	 */
	static String allowed(String path) {
		return " (use one or more of: " + String.join(", ", VOCABULARIES.get(field(path)).keySet()) + ")";
	}

	/**
	 * The vocabulary of a profile list, by its field name.
	 * @param field a profile list's field name
	 * @return the keys with their labels
	 */
	static Map<String, String> vocabulary(String field) {
		return VOCABULARIES.get(field);
	}

	private static String field(String path) {
		return path.substring(path.lastIndexOf('.') + 1);
	}

}
