package com.legspasms.content;

import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads YAML front matter into a {@link FrontMatter}, checking every field and reporting each
 * problem with its line. SnakeYAML's node tree is used rather than a plain map because it keeps
 * the position of every key and value.
 */
class FrontMatterReader {

	static final Pattern SLUG = Slug.pattern();

	private static final Set<String> FIELDS = new LinkedHashSet<>(
			List.of("title", "summary", "category", "related", "reviewed", "sources", "order", "aliases",
					"condition", "profile", "status", "reviewed-by", "changes"));

	private static final Set<String> CARE_BLOCK_FIELDS = new LinkedHashSet<>(
			List.of("urgency", "title", "reviewed", "sources", "home", "triggers"));

	private final List<String> categories;

	FrontMatterReader(List<String> categories) {
		this.categories = List.copyOf(categories);
	}

	/**
	 * Reads front matter text. Anything SnakeYAML refuses (malformed YAML, control characters, and
	 * its own limits on aliases, nesting and size, which stop "billion laughs" alias bombs) is
	 * reported as a problem at its line, never thrown.
	 * @param file the path to name in problems
	 * @param yamlText the text between the two {@code ---} lines
	 * @param firstLine the file line on which {@code yamlText} starts
	 * @param problems where problems are added
	 * @return what was read, or {@code null} when the front matter is unusable
	 */
	Result read(String file, String yamlText, int firstLine, List<ContentProblem> problems) {
		MappingNode mapping = compose(file, yamlText, firstLine, problems);
		return (mapping != null) ? new Fields(file, firstLine, problems, FIELDS).readArticle(mapping) : null;
	}

	/**
	 * Reads the front matter of a care block: {@code urgency}, {@code title}, {@code reviewed} and
	 * at least one of {@code sources} are required; {@code home} and {@code triggers} are optional.
	 * @param file the path to name in problems
	 * @param yamlText the text between the two {@code ---} lines
	 * @param firstLine the file line on which {@code yamlText} starts
	 * @param problems where problems are added
	 * @return what was read, or {@code null} when anything is wrong
	 */
	CareBlockResult readCareBlock(String file, String yamlText, int firstLine, List<ContentProblem> problems) {
		MappingNode mapping = compose(file, yamlText, firstLine, problems);
		return (mapping != null) ? new Fields(file, firstLine, problems, CARE_BLOCK_FIELDS).readCareBlock(mapping)
				: null;
	}

	private static MappingNode compose(String file, String yamlText, int firstLine, List<ContentProblem> problems) {
		Node root;
		try {
			root = new Yaml(new SafeConstructor(loaderOptions())).compose(new StringReader(yamlText));
		}
		catch (MarkedYAMLException ex) {
			int line = (ex.getProblemMark() != null) ? firstLine + ex.getProblemMark().getLine() : firstLine;
			problems.add(new ContentProblem(file, line, "malformed YAML in front matter: " + ex.getProblem()));
			return null;
		}
		catch (ReaderException ex) {
			problems.add(new ContentProblem(file, firstLine + lineOfCodePoint(yamlText, ex.getPosition()),
					"front matter holds the control character U+" + String.format("%04X", ex.getCodePoint())
							+ ", which YAML does not allow: delete it (it is often pasted in invisibly)"));
			return null;
		}
		catch (YAMLException ex) {
			problems.add(new ContentProblem(file, firstLine, "front matter cannot be read: " + ex.getMessage()));
			return null;
		}
		if (!(root instanceof MappingNode mapping)) {
			problems.add(new ContentProblem(file, firstLine,
					"front matter must be YAML fields such as 'title: ...', one per line"));
			return null;
		}
		return mapping;
	}

	/** SnakeYAML's limits, stated rather than left to its defaults: front matter is a few short fields. */
	private static LoaderOptions loaderOptions() {
		LoaderOptions options = new LoaderOptions();
		options.setAllowRecursiveKeys(false);
		options.setMaxAliasesForCollections(50);
		options.setNestingDepthLimit(20);
		options.setCodePointLimit(1_000_000);
		return options;
	}

	/** The line (from 0) of a position counted in code points, as SnakeYAML's reader counts. */
	private static int lineOfCodePoint(String text, int position) {
		int end = text.offsetByCodePoints(0, Math.min(Math.max(position, 0), text.codePointCount(0, text.length())));
		return (int) text.substring(0, end).chars().filter((c) -> c == '\n').count();
	}

	/** Whether a value is YAML's null ({@code ~}, {@code null} or nothing), which counts as leaving the field out. */
	private static boolean isNull(Node node) {
		return node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
	}

	/** A key as written, or what kind of thing it is when it is not plain text (it may be a huge or recursive alias). */
	private static String keyText(Node keyNode) {
		return (keyNode instanceof ScalarNode scalar) ? scalar.getValue() : "(" + keyNode.getNodeId() + ")";
	}

	record Result(FrontMatter frontMatter, Map<String, Integer> fieldLines, List<Integer> relatedLines) {
	}

	record CareBlockResult(CareBlockFrontMatter frontMatter, Map<String, Integer> fieldLines) {
	}

	/** The reading of one file's fields, collecting its problems. */
	private final class Fields {

		private final String file;

		private final int firstLine;

		private final List<ContentProblem> problems;

		private final Map<String, Node> values = new HashMap<>();

		private final Map<String, Integer> lines = new HashMap<>();

		private final Set<String> known;

		private int problemCountAtStart;

		Fields(String file, int firstLine, List<ContentProblem> problems, Set<String> known) {
			this.file = file;
			this.firstLine = firstLine;
			this.problems = problems;
			this.known = known;
		}

		CareBlockResult readCareBlock(MappingNode mapping) {
			collect(mapping);
			String urgencyKey = requiredText("urgency");
			Urgency urgency = (urgencyKey != null) ? Urgency.fromKey(urgencyKey).orElse(null) : null;
			if (urgencyKey != null && urgency == null) {
				problem(this.lines.get("urgency"),
						"unknown urgency '" + urgencyKey + "' (use one of: " + Urgency.knownKeys() + ")");
			}
			String title = requiredText("title");
			if (!this.values.containsKey("reviewed")) {
				problem(this.firstLine, "missing required field 'reviewed'");
			}
			LocalDate reviewed = optional("reviewed", this::date);
			int beforeSources = this.problems.size();
			List<Source> sources = sources();
			if (!this.values.containsKey("sources")) {
				problem(this.firstLine, "missing required field 'sources'");
			}
			else if (sources.isEmpty() && this.problems.size() == beforeSources) {
				problem(this.lines.get("sources"), "'sources' must list at least one source");
			}
			String home = optional("home", (node) -> slug("home", node));
			List<String> triggers = phrases("triggers");
			if (this.problems.size() > this.problemCountAtStart) {
				return null;
			}
			return new CareBlockResult(new CareBlockFrontMatter(urgency, title, reviewed, sources, home, triggers),
					this.lines);
		}

		private String slug(String field, Node node) {
			String value = (node instanceof ScalarNode scalar) ? scalar.getValue().strip() : "";
			if (SLUG.matcher(value).matches()) {
				return value;
			}
			problem(lineOf(node), "'" + field + "' must be an article slug such as leg-cramps");
			return null;
		}

		/** A list of short phrases, such as a care block's {@code triggers}; none may be blank. */
		private List<String> phrases(String field) {
			Node node = this.values.get(field);
			List<String> phrases = new ArrayList<>();
			if (node == null) {
				return phrases;
			}
			if (!(node instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
				problem(lineOf(node), "'" + field + "' must be a list of short phrases, one '- phrase' per line");
				return phrases;
			}
			for (Node item : sequence.getValue()) {
				String value = text(field, item);
				if (value != null) {
					phrases.add(value);
				}
			}
			return phrases;
		}

		/** Records each known field's value and line, reporting unknown and repeated fields. */
		private void collect(MappingNode mapping) {
			this.problemCountAtStart = this.problems.size();
			for (NodeTuple tuple : mapping.getValue()) {
				Node keyNode = tuple.getKeyNode();
				int line = lineOf(keyNode);
				String key = keyText(keyNode);
				if (!this.known.contains(key)) {
					problem(line, "unknown field '" + key + "' (known fields: " + String.join(", ", this.known) + ")");
				}
				else if (this.values.containsKey(key)) {
					problem(line, "field '" + key + "' is given twice");
				}
				else {
					this.values.put(key, tuple.getValueNode());
					this.lines.put(key, line);
				}
			}
		}

		Result readArticle(MappingNode mapping) {
			collect(mapping);
			String title = requiredText("title");
			String summary = requiredText("summary");
			String category = requiredText("category");
			int summaryLength = (summary != null) ? summary.codePointCount(0, summary.length()) : 0;
			if (summaryLength > FrontMatter.MAX_SUMMARY_LENGTH) {
				problem(this.lines.get("summary"), "summary is " + summaryLength + " characters long; the limit is "
						+ FrontMatter.MAX_SUMMARY_LENGTH);
			}
			if (category != null && !FrontMatterReader.this.categories.contains(category)) {
				problem(this.lines.get("category"), "unknown category '" + category + "' (configured categories: "
						+ String.join(", ", FrontMatterReader.this.categories) + ")");
			}
			List<Integer> relatedLines = new ArrayList<>();
			List<String> related = slugList("related", relatedLines);
			List<String> aliases = slugList("aliases", new ArrayList<>());
			LocalDate reviewed = optional("reviewed", this::date);
			Integer order = optional("order", this::integer);
			List<Source> sources = sources();
			String condition = optional("condition", (node) -> text("condition", node));
			Profile profile = optional("profile", this::profile);
			EditorialStatus status = optional("status", this::status);
			ClinicalReviewer reviewedBy = optional("reviewed-by", this::reviewer);
			List<PageChange> changes = changes(reviewed);
			if (this.problems.size() > this.problemCountAtStart) {
				return null;
			}
			return new Result(new FrontMatter(title, summary, category, related, reviewed, sources, order, aliases, condition,
					profile, (status != null) ? status : EditorialStatus.PUBLISHED, reviewedBy, changes),
					this.lines, relatedLines);
		}

		private String requiredText(String field) {
			Node node = this.values.get(field);
			if (node == null) {
				problem(this.firstLine, "missing required field '" + field + "'");
				return null;
			}
			return text(field, node);
		}

		private String text(String field, Node node) {
			if (node instanceof ScalarNode scalar && !isNull(scalar) && !scalar.getValue().isBlank()) {
				return scalar.getValue().strip();
			}
			problem(lineOf(node), "field '" + field + "' must be a line of text");
			return null;
		}

		private <T> T optional(String field, Function<Node, T> reader) {
			Node node = this.values.get(field);
			return (node != null && !isNull(node)) ? reader.apply(node) : null;
		}

		private LocalDate date(Node node) {
			return date("reviewed", node);
		}

		private LocalDate date(String field, Node node) {
			if (node instanceof ScalarNode scalar) {
				try {
					return LocalDate.parse(scalar.getValue().strip());
				}
				catch (DateTimeParseException ex) {
					// reported below
				}
			}
			problem(lineOf(node), "'" + field + "' must be a date written as YYYY-MM-DD");
			return null;
		}

		private EditorialStatus status(Node node) {
			String key = text("status", node);
			if (key == null) {
				return null;
			}
			EditorialStatus status = EditorialStatus.fromKey(key).orElse(null);
			if (status == null) {
				problem(lineOf(node), "unknown status '" + key + "' (use one of: " + EditorialStatus.knownKeys() + ")");
			}
			return status;
		}

		/** {@code reviewed-by: {name: ..., role: ...}}: both parts are required, nothing else is allowed. */
		private ClinicalReviewer reviewer(Node node) {
			String usage = "'reviewed-by' must give the clinician's 'name' and 'role', such as {name: Dr A Patel, role: GP}";
			if (!(node instanceof MappingNode mapping)) {
				problem(lineOf(node), usage);
				return null;
			}
			Map<String, String> parts = new HashMap<>();
			for (NodeTuple tuple : mapping.getValue()) {
				String key = (tuple.getKeyNode() instanceof ScalarNode scalar) ? scalar.getValue() : "";
				if (!key.equals("name") && !key.equals("role")) {
					problem(lineOf(tuple.getKeyNode()), "unknown reviewed-by field '" + key + "' (known fields: name, role)");
				}
				else {
					String value = text("reviewed-by." + key, tuple.getValueNode());
					if (value != null) {
						parts.put(key, value);
					}
				}
			}
			if (!parts.containsKey("name") || !parts.containsKey("role")) {
				problem(lineOf(node), usage);
				return null;
			}
			return new ClinicalReviewer(parts.get("name"), parts.get("role"));
		}

		/**
		 * {@code changes:}, a list of {@code {date, kind, summary}}. A clinical change dated after
		 * {@code reviewed} (or on a page never reviewed) is a problem: a clinical change needs a review.
		 */
		private List<PageChange> changes(LocalDate reviewed) {
			Node node = this.values.get("changes");
			List<PageChange> changes = new ArrayList<>();
			if (node == null) {
				return changes;
			}
			String usage = "'changes' must be a list of entries with a date, a kind (clinical or editorial) and a summary";
			if (!(node instanceof SequenceNode sequence)) {
				problem(lineOf(node), usage);
				return changes;
			}
			for (Node item : sequence.getValue()) {
				if (!(item instanceof MappingNode mapping)) {
					problem(lineOf(item), usage);
					continue;
				}
				Map<String, Node> parts = new HashMap<>();
				for (NodeTuple tuple : mapping.getValue()) {
					String key = (tuple.getKeyNode() instanceof ScalarNode scalar) ? scalar.getValue() : "";
					if (!List.of("date", "kind", "summary").contains(key)) {
						problem(lineOf(tuple.getKeyNode()), "unknown change field '" + key + "' (known fields: date, kind, summary)");
					}
					else {
						parts.put(key, tuple.getValueNode());
					}
				}
				if (parts.size() < 3) {
					problem(lineOf(item), usage);
					continue;
				}
				LocalDate date = date("changes.date", parts.get("date"));
				String kindKey = text("changes.kind", parts.get("kind"));
				String summary = text("changes.summary", parts.get("summary"));
				PageChange.Kind kind = null;
				if ("clinical".equals(kindKey) || "editorial".equals(kindKey)) {
					kind = PageChange.Kind.valueOf(kindKey.toUpperCase(Locale.ROOT));
				}
				else if (kindKey != null) {
					problem(lineOf(parts.get("kind")), "unknown change kind '" + kindKey + "' (use one of: clinical, editorial)");
				}
				if (date == null || kind == null || summary == null) {
					continue;
				}
				PageChange change = new PageChange(date, kind, summary);
				if (change.isClinical() && (reviewed == null || date.isAfter(reviewed))) {
					problem(lineOf(item), "clinical change of " + date + " is after the page was last reviewed ("
							+ ((reviewed != null) ? reviewed : "never")
							+ "): a clinical change needs a review; set 'reviewed' once the page has been checked");
				}
				changes.add(change);
			}
			return changes;
		}

		private Integer integer(Node node) {
			if (node instanceof ScalarNode scalar) {
				try {
					return Integer.valueOf(scalar.getValue().strip());
				}
				catch (NumberFormatException ex) {
					// reported below
				}
			}
			problem(lineOf(node), "'order' must be a whole number");
			return null;
		}

		private List<String> slugList(String field, List<Integer> itemLines) {
			Node node = this.values.get(field);
			List<String> slugs = new ArrayList<>();
			if (node == null || isNull(node)) {
				return slugs;
			}
			if (!(node instanceof SequenceNode sequence)) {
				problem(lineOf(node), "'" + field + "' must be a list of article slugs, one '- slug' per line");
				return slugs;
			}
			for (Node item : sequence.getValue()) {
				String value = (item instanceof ScalarNode scalar) ? scalar.getValue().strip() : "";
				if (SLUG.matcher(value).matches()) {
					slugs.add(value);
					itemLines.add(lineOf(item));
				}
				else {
					problem(lineOf(item), "'" + field + "' entry must be an article slug such as leg-cramps");
				}
			}
			return slugs;
		}

		private List<Source> sources() {
			Node node = this.values.get("sources");
			List<Source> sources = new ArrayList<>();
			if (node == null || isNull(node)) {
				return sources;
			}
			if (!(node instanceof SequenceNode sequence)) {
				problem(lineOf(node), "'sources' must be a list of entries with a title and a url");
				return sources;
			}
			for (Node item : sequence.getValue()) {
				Source source = source(item);
				if (source != null) {
					sources.add(source);
				}
			}
			return sources;
		}

		private Source source(Node item) {
			if (!(item instanceof MappingNode mapping)) {
				problem(lineOf(item), "each source needs a 'title' and a 'url'");
				return null;
			}
			String title = null;
			String url = null;
			int urlLine = lineOf(item);
			for (NodeTuple tuple : mapping.getValue()) {
				String key = (tuple.getKeyNode() instanceof ScalarNode scalar) ? scalar.getValue() : "";
				switch (key) {
					case "title" -> title = text("sources.title", tuple.getValueNode());
					case "url" -> {
						url = text("sources.url", tuple.getValueNode());
						urlLine = lineOf(tuple.getValueNode());
					}
					default -> problem(lineOf(tuple.getKeyNode()),
							"unknown source field '" + key + "' (known fields: title, url)");
				}
			}
			if (title == null || url == null) {
				problem(lineOf(item), "each source needs a 'title' and a 'url'");
				return null;
			}
			if (!isWebAddress(url)) {
				problem(urlLine, "source url '" + url + "' must be a full web address starting with https://");
				return null;
			}
			return new Source(title, url);
		}

		private Profile profile(Node node) {
			if (!(node instanceof MappingNode mapping)) {
				problem(lineOf(node), "'profile' must be fields such as 'comes-on: [night]', indented under it");
				return null;
			}
			Map<String, Node> fields = new HashMap<>();
			for (NodeTuple tuple : mapping.getValue()) {
				String key = (tuple.getKeyNode() instanceof ScalarNode scalar) ? scalar.getValue() : "";
				if (!Profile.FIELDS.contains(key)) {
					problem(lineOf(tuple.getKeyNode()), "unknown profile field '" + key + "' (known fields: "
							+ String.join(", ", new TreeSet<>(Profile.FIELDS)) + ")");
				}
				else {
					fields.put(key, tuple.getValueNode());
				}
			}
			int before = this.problems.size();
			Function<String, String> text = (key) -> {
				Node value = fields.get(key);
				if (value == null) {
					problem(lineOf(node), "profile field '" + key + "' is missing");
					return null;
				}
				return text("profile." + key, value);
			};
			Profile profile = new Profile(text.apply("name"), keys(fields, "comes-on", Profile.COMES_ON, node),
					keys(fields, "felt-in", Profile.FELT_IN, node), text.apply("feels-like"), text.apply("lasts"),
					keys(fields, "eased-by", Profile.EASED_BY, node), text.apply("worse-with"),
					text.apply("warning-signs"));
			return (this.problems.size() > before) ? null : profile;
		}

		/** A list of keys from a fixed vocabulary, such as {@code comes-on: [night, rest]}. */
		private List<String> keys(Map<String, Node> fields, String field, Map<String, String> vocabulary, Node profile) {
			Node node = fields.get(field);
			List<String> keys = new ArrayList<>();
			String allowed = " (use one or more of: " + String.join(", ", vocabulary.keySet()) + ")";
			if (node == null) {
				problem(lineOf(profile), "profile field '" + field + "' is missing" + allowed);
			}
			else if (!(node instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
				problem(lineOf(node), "profile field '" + field + "' must be a list such as [" + vocabulary.keySet()
					.iterator()
					.next() + "]" + allowed);
			}
			else {
				for (Node item : sequence.getValue()) {
					String key = (item instanceof ScalarNode scalar) ? scalar.getValue().strip() : "";
					if (vocabulary.containsKey(key)) {
						keys.add(key);
					}
					else {
						problem(lineOf(item), "profile field '" + field + "' has an unknown value '" + key + "'" + allowed);
					}
				}
			}
			return keys;
		}

		private boolean isWebAddress(String url) {
			try {
				URI uri = new URI(url);
				return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
			}
			catch (URISyntaxException ex) {
				return false;
			}
		}

		private int lineOf(Node node) {
			return this.firstLine + node.getStartMark().getLine();
		}

		private void problem(int line, String message) {
			this.problems.add(new ContentProblem(this.file, line, message));
		}

	}

}
