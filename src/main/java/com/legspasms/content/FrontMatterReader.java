package com.legspasms.content;

import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML front matter into a {@link FrontMatter} (or a care block's
 * {@link CareBlockFrontMatter}), reporting every problem of the file with its line.
 * SnakeYAML composes the text within set limits ({@link FrontMatterProperties} lays the
 * tree out as origin-tracked properties), Spring Boot's Binder maps them onto the record
 * ({@link FrontMatterBinder}), and what is this site's own is checked here: the slug
 * rule, the configured categories, the profile vocabulary, web addresses, the summary's
 * length and that a clinical change has been reviewed.
 */
class FrontMatterReader {

	static final Pattern SLUG = Slug.pattern();

	/** SnakeYAML's limits for every front matter parse (only read once made). */
	private static final LoaderOptions LOADER_OPTIONS = loaderOptions();

	/**
	 * The YAML 1.1 tags of plain scalars, shared by every parse (only read once made), as
	 * {@code Yaml.compose} would use one per {@code Yaml} object.
	 */
	private static final Resolver RESOLVER = new Resolver();

	private final List<String> categories;

	FrontMatterReader(List<String> categories) {
		this.categories = List.copyOf(categories);
	}

	/**
	 * Reads front matter text. Anything SnakeYAML refuses (malformed YAML, control
	 * characters, and its own limits on aliases, nesting and size, which stop "billion
	 * laughs" alias bombs) is reported as a problem at its line, never thrown.
	 * @param file the path to name in problems
	 * @param yamlText the text between the two {@code ---} lines
	 * @param firstLine the file line on which {@code yamlText} starts
	 * @param problems where problems are added
	 * @return what was read, or {@code null} when the front matter is unusable
	 */
	Result read(String file, String yamlText, int firstLine, List<ContentProblem> problems) {
		MappingNode mapping = compose(file, yamlText, firstLine, problems);
		if (mapping == null) {
			return null;
		}
		int before = problems.size();
		FrontMatterProperties properties = FrontMatterProperties.of(FrontMatter.class, mapping, file, firstLine,
				problems);
		FrontMatter frontMatter = FrontMatterBinder.bind(FrontMatter.class, properties, file, problems);
		SiteRules rules = new SiteRules(file, properties, problems);
		rules.article(frontMatter);
		List<Integer> relatedLines = new ArrayList<>();
		for (int i = 0; i < frontMatter.related().size(); i++) {
			relatedLines.add(properties.lineOf("page.related[" + i + "]"));
		}
		return (problems.size() > before) ? null : new Result(frontMatter, properties.keyLines(), relatedLines);
	}

	/**
	 * Reads the front matter of a care block: {@code urgency}, {@code title},
	 * {@code reviewed} and at least one of {@code sources} are required; {@code home} and
	 * {@code triggers} are optional.
	 * @param file the path to name in problems
	 * @param yamlText the text between the two {@code ---} lines
	 * @param firstLine the file line on which {@code yamlText} starts
	 * @param problems where problems are added
	 * @return what was read, or {@code null} when anything is wrong
	 */
	CareBlockResult readCareBlock(String file, String yamlText, int firstLine, List<ContentProblem> problems) {
		MappingNode mapping = compose(file, yamlText, firstLine, problems);
		if (mapping == null) {
			return null;
		}
		int before = problems.size();
		FrontMatterProperties properties = FrontMatterProperties.of(CareBlockFrontMatter.class, mapping, file,
				firstLine, problems);
		CareBlockFrontMatter frontMatter = FrontMatterBinder.bind(CareBlockFrontMatter.class, properties, file,
				problems);
		new SiteRules(file, properties, problems).careBlock(frontMatter);
		return (problems.size() > before) ? null : new CareBlockResult(frontMatter, properties.keyLines());
	}

	/**
	 * A hint for the YAML error writers meet most: SnakeYAML says "mapping values are not
	 * allowed here" for a colon followed by a space inside an unquoted value
	 * ({@code summary: Sciatica: nerve
	 * pain}), as the YAML 1.1 spec reads it as a second key.
	 * @param ex the error SnakeYAML threw
	 * @return the hint to add to its message, or an empty string for any other error
	 */
	private static String hint(MarkedYAMLException ex) {
		return (ex.getProblem() != null && ex.getProblem().startsWith("mapping values are not allowed"))
				? " (put the value in quotes if it contains a colon, such as summary: \"Sciatica: nerve pain\")" : "";
	}

	private static MappingNode compose(String file, String yamlText, int firstLine, List<ContentProblem> problems) {
		Node root;
		try {
			root = new Composer(new ParserImpl(new StreamReader(new StringReader(yamlText)), LOADER_OPTIONS), RESOLVER,
					LOADER_OPTIONS)
				.getSingleNode();
		}
		catch (MarkedYAMLException ex) {
			int line = (ex.getProblemMark() != null) ? firstLine + ex.getProblemMark().getLine() : firstLine;
			problems
				.add(new ContentProblem(file, line, "malformed YAML in front matter: " + ex.getProblem() + hint(ex)));
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

	/**
	 * SnakeYAML's limits, stated rather than left to its defaults: front matter is a few
	 * short fields.
	 * @return the options for every front matter parse
	 */
	private static LoaderOptions loaderOptions() {
		LoaderOptions options = new LoaderOptions();
		options.setAllowRecursiveKeys(false);
		options.setMaxAliasesForCollections(50);
		options.setNestingDepthLimit(20);
		options.setCodePointLimit(1_000_000);
		return options;
	}

	/**
	 * The line (from 0) of a position counted in code points, as SnakeYAML's reader
	 * counts.
	 * @param text the front matter text
	 * @param position a position in it, in code points from the start
	 * @return the line, from 0
	 */
	private static int lineOfCodePoint(String text, int position) {
		int end = text.offsetByCodePoints(0, Math.min(Math.max(position, 0), text.codePointCount(0, text.length())));
		return (int) text.substring(0, end).chars().filter((c) -> c == '\n').count();
	}

	record Result(FrontMatter frontMatter, Map<String, Integer> fieldLines, List<Integer> relatedLines) {
	}

	record CareBlockResult(CareBlockFrontMatter frontMatter, Map<String, Integer> fieldLines) {
	}

	/**
	 * The site's own rules, checked on what the Binder read; each problem at its value's
	 * line.
	 */
	private final class SiteRules {

		private final String file;

		private final FrontMatterProperties properties;

		private final List<ContentProblem> problems;

		SiteRules(String file, FrontMatterProperties properties, List<ContentProblem> problems) {
			this.file = file;
			this.properties = properties;
			this.problems = problems;
		}

		void article(FrontMatter frontMatter) {
			String summary = frontMatter.summary();
			int summaryLength = (summary != null) ? summary.codePointCount(0, summary.length()) : 0;
			if (summaryLength > FrontMatter.MAX_SUMMARY_LENGTH) {
				problem("page.summary", "summary is " + summaryLength + " characters long; the limit is "
						+ FrontMatter.MAX_SUMMARY_LENGTH);
			}
			String category = frontMatter.category();
			if (category != null && !FrontMatterReader.this.categories.contains(category)) {
				problem("page.category", "unknown category '" + category + "' (configured categories: "
						+ String.join(", ", FrontMatterReader.this.categories) + ")");
			}
			slugs("related", frontMatter.related());
			slugs("aliases", frontMatter.aliases());
			sources(frontMatter.sources());
			if (frontMatter.profile() != null) {
				Profile profile = frontMatter.profile();
				vocabulary("comes-on", profile.comesOn());
				vocabulary("felt-in", profile.feltIn());
				vocabulary("eased-by", profile.easedBy());
			}
			for (int i = 0; i < frontMatter.changes().size(); i++) {
				PageChange change = frontMatter.changes().get(i);
				LocalDate reviewed = frontMatter.reviewed();
				if (change.isClinical() && change.date() != null
						&& (reviewed == null || change.date().isAfter(reviewed))) {
					problem("page.changes[" + i + "]", "clinical change of " + change.date()
							+ " is after the page was last reviewed (" + ((reviewed != null) ? reviewed : "never")
							+ "): a clinical change needs a review; set 'reviewed' once the page has been checked");
				}
			}
		}

		void careBlock(CareBlockFrontMatter frontMatter) {
			if (frontMatter.home() != null && !SLUG.matcher(frontMatter.home()).matches()) {
				problem("page.home", "'home' must be an article slug such as leg-cramps");
			}
			sources(frontMatter.sources());
		}

		/**
		 * Each entry of a slug list ({@code related}, {@code aliases}) must be a slug.
		 * @param field the field's name as writers write it, for messages
		 * @param slugs the entries given
		 */
		private void slugs(String field, List<String> slugs) {
			for (int i = 0; i < slugs.size(); i++) {
				if (!SLUG.matcher(slugs.get(i)).matches()) {
					problem("page." + field + "[" + i + "]",
							"'" + field + "' entry must be an article slug such as leg-cramps");
				}
			}
		}

		private void sources(List<CitedSource> sources) {
			for (int i = 0; i < sources.size(); i++) {
				String url = sources.get(i).url();
				if (url != null && sources.get(i).title() != null && !isWebAddress(url)) {
					problem("page.sources[" + i + "].url",
							"source url '" + url + "' must be a full web address starting with https://");
				}
			}
		}

		/**
		 * A profile list's keys, each from the field's fixed vocabulary.
		 * @param field the profile field's name as writers write it, such as
		 * {@code comes-on}
		 * @param keys the keys given
		 */
		private void vocabulary(String field, List<String> keys) {
			for (int i = 0; i < keys.size(); i++) {
				if (!FrontMatterMessages.vocabulary(field).containsKey(keys.get(i))) {
					problem("page.profile." + field + "[" + i + "]",
							"profile field '" + field + "' has an unknown value '" + keys.get(i) + "'"
									+ FrontMatterMessages.allowed("profile." + field));
				}
			}
		}

		private static boolean isWebAddress(String url) {
			try {
				URI uri = new URI(url);
				return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
			}
			catch (URISyntaxException ex) {
				return false;
			}
		}

		private void problem(String name, String message) {
			this.problems.add(new ContentProblem(this.file, this.properties.lineOf(name), message));
		}

	}

}
