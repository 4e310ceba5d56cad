package com.legspasms.site;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.legspasms.content.ArticleBody;
import com.legspasms.content.CareBlockSource;
import com.legspasms.content.ContentProblem;

/**
 * Checks how articles use the shared care blocks: each block's {@code home} names an article, and no
 * article copies a block's words instead of placing it. Advice written once and placed everywhere
 * is what keeps a correction from being made on one page and missed on the others.
 */
class CareBlockChecks {

	/** How many words in a row an article may share with a block before it counts as a copy. */
	static final int COPIED_RUN = 12;

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}]+)*");

	private static final Pattern PLACEMENT_LINE = Pattern.compile("\\s*!!!\\s+care\\b.*");

	private final Collection<CareBlockSource> blocks;

	private final List<ContentProblem> problems;

	/**
	 * @param blocks the care blocks that read cleanly
	 * @param problems where to report what is wrong
	 */
	CareBlockChecks(Collection<CareBlockSource> blocks, List<ContentProblem> problems) {
		this.blocks = blocks;
		this.problems = problems;
	}

	/**
	 * Reports a {@code home} naming no article.
	 * @param slugsOnDisk the slug of every article file
	 */
	void checkHomes(Set<String> slugsOnDisk) {
		for (CareBlockSource block : this.blocks) {
			String home = block.frontMatter().home();
			if (home != null && !slugsOnDisk.contains(home)) {
				this.problems.add(new ContentProblem(block.file(), block.lineOf("home"),
						"'home' names '" + home + "' but there is no article with that slug"));
			}
		}
	}

	/**
	 * Reports each article, other than a block's home, that shares a run of {@link #COPIED_RUN} or
	 * more words with a block: the first such run per article and block, at the line it starts on.
	 * @param bodies the article bodies
	 */
	void checkCopies(Collection<ArticleBody> bodies) {
		Map<Long, List<CareBlockSource>> runs = new HashMap<>();
		for (CareBlockSource block : this.blocks) {
			List<Word> words = words(block.frontMatter().title() + "\n" + block.body().markdown(), 0);
			for (int i = 0; i + COPIED_RUN <= words.size(); i++) {
				List<CareBlockSource> owners = runs.computeIfAbsent(runHash(words, i), (hash) -> new ArrayList<>(1));
				if (!owners.contains(block)) {
					owners.add(block);
				}
			}
		}
		if (runs.isEmpty()) {
			return;
		}
		bodies.parallelStream().forEach((body) -> checkCopies(body, runs));
	}

	private void checkCopies(ArticleBody body, Map<Long, List<CareBlockSource>> runs) {
		List<Word> words = words(body.markdown(), body.firstLine());
		Set<String> reported = new HashSet<>();
		for (int i = 0; i + COPIED_RUN <= words.size(); i++) {
			List<CareBlockSource> owners = runs.get(runHash(words, i));
			if (owners == null) {
				continue;
			}
			for (CareBlockSource block : owners) {
				if (!body.slug().equals(block.frontMatter().home()) && reported.add(block.name())) {
					this.problems.add(body.problemAt(words.get(i).line(), "repeats the words of care block '"
							+ block.name() + "' (\"" + phrase(words, i) + "\u2026\"): place the block with the line '!!! care "
							+ block.name() + "' instead of copying it"));
				}
			}
		}
	}

	private static String phrase(List<Word> words, int from) {
		StringBuilder phrase = new StringBuilder();
		for (int i = from; i < from + 6; i++) {
			phrase.append((i > from) ? " " : "").append(words.get(i).text());
		}
		return phrase.toString();
	}

	/** A hash of the {@link #COPIED_RUN} words from {@code from}. */
	private static long runHash(List<Word> words, int from) {
		long hash = 1;
		for (int i = from; i < from + COPIED_RUN; i++) {
			hash = hash * 1_000_003L + words.get(i).text().hashCode();
		}
		return hash;
	}

	/** The words of some Markdown, lower case, with their lines; lines placing a block are skipped. */
	private static List<Word> words(String markdown, int firstLine) {
		List<Word> words = new ArrayList<>();
		String[] lines = markdown.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (PLACEMENT_LINE.matcher(lines[i]).matches()) {
				continue;
			}
			Matcher matcher = WORD.matcher(lines[i]);
			while (matcher.find()) {
				words.add(new Word(matcher.group().toLowerCase(Locale.ROOT).replace('\u2019', '\''), firstLine + i));
			}
		}
		return words;
	}

	private record Word(String text, int line) {
	}

}
