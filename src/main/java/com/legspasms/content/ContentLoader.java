package com.legspasms.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads every {@code articles/*.md} file of a content folder into {@link ArticleFile}s,
 * and every {@code care/*.md} file into {@link CareBlockFile}s, and the writers' word
 * lists for search ({@link SearchWordLists}), collecting the problems of all files rather
 * than stopping at the first. Hidden files (a name starting with a dot, such as macOS's
 * {@code ._name.md}) are neither.
 */
public class ContentLoader {

	private static final String FENCE = "---";

	private final FrontMatterReader frontMatterReader;

	public ContentLoader(Collection<String> categoryKeys) {
		this.frontMatterReader = new FrontMatterReader(List.copyOf(categoryKeys));
	}

	/**
	 * Reads a content folder: its articles, care blocks and search word lists.
	 * @param contentDir the content folder, holding {@code articles/}
	 * @return what was read, with every problem found in the files (each file is read
	 * even when another has problems)
	 * @throws InvalidContentException with that one problem when there is no
	 * {@code articles/} folder, naming the folder looked for
	 */
	public LoadedContent load(Path contentDir) {
		ContentLayout layout = new ContentLayout(contentDir);
		Path articlesDir = layout.articles();
		if (!Files.isDirectory(articlesDir)) {
			// Alone: without the folder, every setting naming an article would be
			// a problem too, and bury this one.
			throw new InvalidContentException(List.of(new ContentProblem(displayPath(articlesDir), 0,
					"folder not found (looked for " + articlesDir.toAbsolutePath().normalize()
							+ "): start the site from the folder holding content/, or name the content folder "
							+ "with --site.content-dir")));
		}
		List<ContentProblem> problems = new ArrayList<>();
		List<Path> files = ContentFiles.list(articlesDir, ".md", problems);
		List<FileResult> results = files.parallelStream().map(this::read).toList();
		List<ArticleFile> sources = new ArrayList<>();
		List<ArticleBody> bodies = new ArrayList<>();
		Set<String> slugs = new TreeSet<>();
		for (int i = 0; i < files.size(); i++) {
			slugs.add(slugOf(files.get(i)));
			FileResult result = results.get(i);
			problems.addAll(result.problems());
			if (result.source() != null) {
				sources.add(result.source());
			}
			if (result.body() != null) {
				bodies.add(result.body());
			}
		}
		Set<String> careBlockNames = new TreeSet<>();
		List<CareBlockFile> careBlocks = loadCareBlocks(layout.care(), careBlockNames, problems);
		SearchWordLists searchWords = SearchWordLists.read(contentDir, problems);
		return new LoadedContent(sources, bodies, slugs, careBlocks, careBlockNames, searchWords, problems);
	}

	private List<CareBlockFile> loadCareBlocks(Path careDir, Set<String> names, List<ContentProblem> problems) {
		List<CareBlockFile> blocks = new ArrayList<>();
		if (!Files.isDirectory(careDir)) {
			return blocks;
		}
		for (Path path : ContentFiles.list(careDir, ".md", problems)) {
			names.add(slugOf(path));
			Split split = split(path, problems);
			if (split == null) {
				continue;
			}
			FrontMatterReader.CareBlockResult frontMatter = this.frontMatterReader.readCareBlock(split.body().file(),
					split.yaml(), 2, problems);
			if (split.body().markdown().isBlank()) {
				problems.add(split.body()
					.problemAt(split.body().firstLine(),
							"care block is empty: write its list of signs below the front matter"));
			}
			else if (frontMatter != null) {
				blocks.add(new CareBlockFile(frontMatter.frontMatter(), frontMatter.fieldLines(), split.body()));
			}
		}
		return blocks;
	}

	private FileResult read(Path path) {
		List<ContentProblem> problems = new ArrayList<>();
		Split split = split(path, problems);
		if (split == null) {
			return new FileResult(null, null, problems);
		}
		ArticleBody body = split.body();
		FrontMatterReader.Result frontMatter = this.frontMatterReader.read(body.file(), split.yaml(), 2, problems);
		if (body.markdown().isBlank()) {
			problems.add(body.problemAt(body.firstLine(),
					"article body is empty: write the article below the front matter"));
			return new FileResult(null, null, problems);
		}
		if (frontMatter == null || !problems.isEmpty()) {
			return new FileResult(null, body, problems);
		}
		ArticleFile source = new ArticleFile(frontMatter.frontMatter(), frontMatter.fieldLines(),
				frontMatter.relatedLines(), body);
		return new FileResult(source, body, problems);
	}

	/**
	 * Splits a Markdown file into its front matter text and its body, reporting a bad
	 * file name, text that is not UTF-8, and missing or unclosed front matter.
	 * @param path the Markdown file
	 * @param problems where the problems found are added
	 * @return the two parts, or {@code null} when the file cannot be read that far
	 */
	private static Split split(Path path, List<ContentProblem> problems) {
		String file = displayPath(path);
		String slug = slugOf(path);
		if (!Slug.isValid(slug)) {
			problems.add(new ContentProblem(file, 1,
					"file name must be a lower-case slug of letters, digits and dashes, such as leg-cramps.md"));
		}
		String text = ContentFiles.readUtf8(path, problems);
		if (text == null) {
			return null;
		}
		List<String> lines = text.lines().toList();
		if (lines.isEmpty() || !FENCE.equals(lines.get(0).strip())) {
			problems.add(new ContentProblem(file, 1, "file must start with front matter: a line '---', "
					+ "fields such as 'title: ...', then another '---'"));
			return null;
		}
		int closing = closingFence(lines);
		if (closing < 0) {
			problems.add(new ContentProblem(file, 1, "front matter is not closed: add a line '---' after the fields"));
			return null;
		}
		String yaml = String.join("\n", lines.subList(1, closing));
		ArticleBody body = new ArticleBody(slug, file, String.join("\n", lines.subList(closing + 1, lines.size())),
				closing + 2);
		reportControlCharacters(body, problems);
		return new Split(yaml, body);
	}

	/**
	 * Reports each line of a body that holds a control character: any of U+0000 to U+001F
	 * other than a tab, U+007F, or U+0080 to U+009F ({@link Character#isISOControl}). A
	 * web page may not hold them (WHATWG HTML, "Preprocessing the input stream": a
	 * control character is a parse error), a reader cannot see them, and they are usually
	 * pasted in invisibly. Line ends are already split off; the front matter's are
	 * refused by YAML.
	 * @param body an article's or care block's body
	 * @param problems where one problem per such line is added, naming its first control
	 * character
	 */
	private static void reportControlCharacters(ArticleBody body, List<ContentProblem> problems) {
		String markdown = body.markdown();
		int line = body.firstLine();
		for (int i = 0; i < markdown.length(); i++) {
			char c = markdown.charAt(i);
			if (c == '\n') {
				line++;
			}
			else if (Character.isISOControl(c) && c != '\t') {
				problems.add(body.problemAt(line, "line holds the control character U+" + String.format("%04X", (int) c)
						+ ", which a web page may not show: delete it (it is often pasted in invisibly)"));
				int lineEnd = markdown.indexOf('\n', i);
				i = (lineEnd >= 0) ? lineEnd - 1 : markdown.length();
			}
		}
	}

	private static int closingFence(List<String> lines) {
		for (int i = 1; i < lines.size(); i++) {
			if (FENCE.equals(lines.get(i).strip())) {
				return i;
			}
		}
		return -1;
	}

	static String slugOf(Path path) {
		String name = path.getFileName().toString();
		return name.substring(0, name.length() - ".md".length());
	}

	/**
	 * The path as a writer would type it: relative to the working directory where
	 * possible.
	 * @param path a file
	 * @return the path to show in a {@code FILE:LINE} message
	 */
	public static String displayPath(Path path) {
		Path absolute = path.toAbsolutePath().normalize();
		Path workingDir = Path.of("").toAbsolutePath();
		Path shown = absolute.startsWith(workingDir) ? workingDir.relativize(absolute) : absolute;
		return shown.toString().replace('\\', '/');
	}

	private record Split(String yaml, ArticleBody body) {
	}

	private record FileResult(ArticleFile source, ArticleBody body, List<ContentProblem> problems) {
	}

}
