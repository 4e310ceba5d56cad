package com.legspasms.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.legspasms.content.ArticleBody;
import com.legspasms.content.CareBlockFile;
import com.legspasms.content.ContentProblem;

/**
 * Checks how articles use the shared care blocks: each block's {@code home} names an
 * article, and no article copies a block's words instead of placing it. Advice written
 * once and placed everywhere is what keeps a correction from being made on one page and
 * missed on the others.
 */
class CareBlockChecks {

	/**
	 * How many words in a row an article may share with a block before it counts as a
	 * copy.
	 */
	static final int COPIED_RUN = 12;

	private static final long RUN_BASE = 1_000_003L;

	/** {@code RUN_BASE^COPIED_RUN}, modulo 2^64. */
	private static final long RUN_BASE_POWER = power(RUN_BASE, COPIED_RUN);

	/** {@code RUN_BASE^(COPIED_RUN - 1)}, modulo 2^64. */
	private static final long RUN_BASE_POWER_BELOW = power(RUN_BASE, COPIED_RUN - 1);

	/**
	 * {@link #isLetterOrNumber} for each character below 128 (the letters and digits),
	 * which are most of what the words scan meets.
	 */
	private static final boolean[] ASCII_LETTER_OR_DIGIT = new boolean[128];

	static {
		for (char c = 0; c < 128; c++) {
			ASCII_LETTER_OR_DIGIT[c] = isLetterOrNumber(c);
		}
	}

	/** What counts as a word when looking for copies; {@link #words} finds the same. */
	static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}]+)*");

	private static final Pattern PLACEMENT_LINE = Pattern.compile("\\s*!!!\\s+care\\b.*");

	private final Collection<CareBlockFile> blocks;

	private final List<ContentProblem> problems;

	/**
	 * Creates the checks of a set of care blocks.
	 * @param blocks the care blocks that read cleanly
	 * @param problems where to report what is wrong
	 */
	CareBlockChecks(Collection<CareBlockFile> blocks, List<ContentProblem> problems) {
		this.blocks = blocks;
		this.problems = problems;
	}

	/**
	 * Reports a {@code home} naming no article.
	 * @param slugsOnDisk the slug of every article file
	 * @param missingArticles where to report it: the problems, or (on a live reload after
	 * a writer deleted an article) the list of links to missing articles that is only
	 * logged
	 */
	void checkHomes(Set<String> slugsOnDisk, List<ContentProblem> missingArticles) {
		for (CareBlockFile block : this.blocks) {
			String home = block.frontMatter().home();
			if (home != null && !slugsOnDisk.contains(home)) {
				missingArticles.add(new ContentProblem(block.file(), block.lineOf("home"),
						"'home' names '" + home + "' but there is no article with that slug"));
			}
		}
	}

	/**
	 * Reports each article, other than a block's home, that shares a run of
	 * {@link #COPIED_RUN} or more words with a block: the first such run per article and
	 * block, at the line it starts on.
	 * @param bodies the article bodies
	 */
	void checkCopies(Collection<ArticleBody> bodies) {
		Map<Long, List<CareBlockFile>> runs = new HashMap<>();
		for (CareBlockFile block : this.blocks) {
			// The signs, not the title: titles share the standard action wording ("Call
			// 999 ... if:").
			Words words = words(block.body().markdown(), 0);
			for (int i = 0; i + COPIED_RUN <= words.size(); i++) {
				List<CareBlockFile> owners = runs.computeIfAbsent(runHash(words, i), (hash) -> new ArrayList<>(1));
				if (!owners.contains(block)) {
					owners.add(block);
				}
			}
		}
		if (runs.isEmpty()) {
			return;
		}
		// Every run of every article is looked up: a sorted array answers "is it a
		// block's run?" without boxing the hash; only the rare hit goes to the map.
		long[] blockRuns = runs.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
		bodies.parallelStream().forEach((body) -> checkCopies(body, blockRuns, runs));
	}

	private void checkCopies(ArticleBody body, long[] blockRuns, Map<Long, List<CareBlockFile>> runs) {
		Words words = words(body.markdown(), body.firstLine());
		Set<String> reported = new HashSet<>();
		long hash = 0;
		for (int i = 0; i + COPIED_RUN <= words.size(); i++) {
			hash = (i == 0) ? runHash(words, 0) : nextRunHash(hash, words, i - 1);
			if (Arrays.binarySearch(blockRuns, hash) < 0) {
				continue;
			}
			for (CareBlockFile block : runs.get(hash)) {
				if (!body.slug().equals(block.frontMatter().home()) && reported.add(block.name())) {
					this.problems.add(body.problemAt(words.line(i),
							"repeats the words of care block '" + block.name() + "' (\"" + phrase(words, i)
									+ "\u2026\"): place the block with the line '!!! care " + block.name()
									+ "' instead of copying it"));
				}
			}
		}
	}

	private static String phrase(Words words, int from) {
		StringBuilder phrase = new StringBuilder();
		for (int i = from; i < from + 6; i++) {
			phrase.append((i > from) ? " " : "").append(words.text(i));
		}
		return phrase.toString();
	}

	/**
	 * A hash of the {@link #COPIED_RUN} words from {@code from}: the polynomial
	 * {@code RUN_BASE^COPIED_RUN + Σ hash(from + j) · RUN_BASE^(COPIED_RUN - 1 - j)},
	 * modulo 2^64.
	 * @param words the words of a body
	 * @param from the index of the run's first word
	 * @return the hash of the run, equal for runs of equal words
	 */
	static long runHash(Words words, int from) {
		long hash = 1;
		for (int i = from; i < from + COPIED_RUN; i++) {
			hash = hash * RUN_BASE + words.hash(i);
		}
		return hash;
	}

	/**
	 * The {@link #runHash} of the run one word on, from the hash of the run before it (a
	 * rolling hash, as Rabin and Karp's string search uses): drops that run's first word
	 * and adds the word after its last, in a few operations instead of
	 * {@link #COPIED_RUN}. The result equals {@code runHash(words, from + 1)} exactly,
	 * since both are computed modulo 2^64.
	 * @param hash the {@link #runHash} of the run starting at {@code from}
	 * @param words the words of a body
	 * @param from the index of the first word of the run {@code hash} belongs to
	 * @return the hash of the run starting at {@code from + 1}
	 */
	static long nextRunHash(long hash, Words words, int from) {
		long withoutFirst = hash - RUN_BASE_POWER - words.hash(from) * RUN_BASE_POWER_BELOW;
		return withoutFirst * RUN_BASE + RUN_BASE_POWER + words.hash(from + COPIED_RUN);
	}

	/**
	 * The words of some Markdown, lower case, with their lines; lines placing a block are
	 * skipped. A word is what {@link #WORD} matches; this scans for the same matches
	 * without a regex and keeps only each word's hash and place, since the check runs
	 * over every article at start-up and only the rare copy needs the words' text.
	 * @param markdown a body's Markdown
	 * @param firstLine the file line (from 1) the body starts on
	 * @return the words, in order
	 */
	static Words words(String markdown, int firstLine) {
		Words words = new Words(markdown);
		int lineStart = 0;
		// Only a line holding "!!!" can place a block: the next one is looked for once,
		// not per line.
		int nextBangs = markdown.indexOf("!!!");
		for (int line = firstLine; lineStart <= markdown.length(); line++) {
			int lineEnd = markdown.indexOf('\n', lineStart);
			if (lineEnd < 0) {
				lineEnd = markdown.length();
			}
			if (nextBangs >= 0 && nextBangs < lineStart) {
				nextBangs = markdown.indexOf("!!!", lineStart);
			}
			if (nextBangs < 0 || nextBangs >= lineEnd
					|| !PLACEMENT_LINE.matcher(markdown.substring(lineStart, lineEnd)).matches()) {
				addWords(markdown, lineStart, lineEnd, line, words);
			}
			lineStart = lineEnd + 1;
		}
		return words;
	}

	/**
	 * Finds the words of one line as {@code WORD.matcher(line).find()} would, one after
	 * the other.
	 * @param text the Markdown holding the line
	 * @param from the index in {@code text} where the line starts
	 * @param to the index in {@code text} where the line ends (exclusive)
	 * @param line the line's number in its file, from 1
	 * @param words where the words found are added
	 */
	private static void addWords(String text, int from, int to, int line, Words words) {
		int i = from;
		while (i < to) {
			int length = letterOrNumberAt(text, i);
			if (length == 0) {
				i += (text.charAt(i) < 128) ? 1 : Character.charCount(text.codePointAt(i));
				continue;
			}
			int start = i;
			while (length > 0) {
				i += length;
				length = (i < to) ? letterOrNumberAt(text, i) : 0;
			}
			// (?:['’][\p{L}]+)*
			while (i + 1 < to && (text.charAt(i) == '\'' || text.charAt(i) == '\u2019')
					&& Character.isLetter(text.codePointAt(i + 1))) {
				i++;
				while (i < to && Character.isLetter(text.codePointAt(i))) {
					i += Character.charCount(text.codePointAt(i));
				}
			}
			words.add(start, i, line);
		}
	}

	/**
	 * How long the letter or number at an index is.
	 * @param text some text
	 * @param i an index in it
	 * @return the number of chars (1, or 2 for a surrogate pair) of the code point at
	 * {@code i} when it is {@code [\p{L}\p{N}]}, else 0
	 */
	private static int letterOrNumberAt(String text, int i) {
		char c = text.charAt(i);
		if (c < 128) {
			return (ASCII_LETTER_OR_DIGIT[c]) ? 1 : 0;
		}
		int codePoint = text.codePointAt(i);
		return isLetterOrNumber(codePoint) ? Character.charCount(codePoint) : 0;
	}

	private static long power(long base, int exponent) {
		long power = 1;
		for (int i = 0; i < exponent; i++) {
			power *= base;
		}
		return power;
	}

	/**
	 * {@code [\p{L}\p{N}]}: a letter or a number of any kind (digits, Roman numerals,
	 * fractions).
	 * @param c a code point
	 * @return true when it is a letter or a number
	 */
	private static boolean isLetterOrNumber(int c) {
		int type = Character.getType(c);
		return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
				|| type == Character.OTHER_NUMBER;
	}

	/**
	 * The words of a text: the hash of each one's lower-case form, its place and its
	 * line.
	 */
	static final class Words {

		private final String source;

		private int size;

		private int[] hashes = new int[256];

		private int[] starts = new int[256];

		private int[] ends = new int[256];

		private int[] lines = new int[256];

		Words(String source) {
			this.source = source;
		}

		void add(int start, int end, int line) {
			if (this.size == this.hashes.length) {
				int length = this.size * 2;
				this.hashes = Arrays.copyOf(this.hashes, length);
				this.starts = Arrays.copyOf(this.starts, length);
				this.ends = Arrays.copyOf(this.ends, length);
				this.lines = Arrays.copyOf(this.lines, length);
			}
			this.hashes[this.size] = lowerCaseHash(this.source, start, end);
			this.starts[this.size] = start;
			this.ends[this.size] = end;
			this.lines[this.size] = line;
			this.size++;
		}

		int size() {
			return this.size;
		}

		/**
		 * The {@link String#hashCode()} of word {@code i} in lower case, with {@code ’}
		 * as {@code '}.
		 * @param i a word's index, from 0
		 * @return the hash
		 */
		int hash(int i) {
			return this.hashes[i];
		}

		int line(int i) {
			return this.lines[i];
		}

		/**
		 * Word {@code i} in lower case, with {@code ’} as {@code '}.
		 * @param i a word's index, from 0
		 * @return the word
		 */
		String text(int i) {
			return lowerCase(this.source.substring(this.starts[i], this.ends[i]));
		}

		private static int lowerCaseHash(String text, int start, int end) {
			int hash = 0;
			for (int i = start; i < end; i++) {
				char c = text.charAt(i);
				if (c >= 128) {
					return lowerCase(text.substring(start, end)).hashCode();
				}
				hash = 31 * hash + ((c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c);
			}
			return hash;
		}

		private static String lowerCase(String word) {
			return word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
		}

	}

}
