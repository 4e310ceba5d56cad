package com.legspasms.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Writes a large, valid, cross-linked corpus of articles for benchmarks and scale tests:
 * {@code N} files of about 800 words with realistic front matter, headings, lists, care
 * cards and links to other generated articles. The same seed always gives the same
 * corpus. The corpus holds at least the real site's 17 slugs, so the site's configuration
 * works with it unchanged.
 *
 * <pre>./mvnw -q test-compile exec:exec@generate-corpus -Dexec.args="10000 target/corpus-10000"</pre>
 * then, for example,
 * {@code ./mvnw spring-boot:run -Dspring-boot.run.arguments=--site.content-dir=target/corpus-10000}.
 */
public final class CorpusGenerator {

	private static final Path REAL_CONTENT = Path.of("content");

	private static final String HUB = "muscle-spasms-in-legs";

	/**
	 * The real site's slugs go to the first articles (the hub first, then the rest in
	 * name order), so the configured hub, popular articles, navigation links and the
	 * homes of the real care blocks exist in a generated corpus too.
	 */
	private static final List<String> REAL_SLUGS = realSlugs();

	private static final List<String> CATEGORIES = List.of("overview", "symptoms", "causes", "treatment",
			"related-conditions");

	private static final String[] SUBJECTS = { "calf cramps", "night cramps", "restless legs", "leg pain",
			"muscle spasms", "thigh cramps", "foot cramps", "claudication", "spinal stenosis", "dehydration",
			"low potassium", "stomach cramps", "muscle strain", "nerve pain", "poor circulation", "pregnancy cramps",
			"exercise cramps", "heat cramps", "shin pain", "hamstring cramps" };

	private static final String[] PEOPLE = { "older people", "runners", "pregnant women", "people with diabetes",
			"children", "people who take statins", "swimmers", "people on dialysis", "cyclists", "office workers" };

	private static final String[] FEELINGS = { "a sudden tight knot", "a dull ache", "a sharp pain",
			"a burning feeling", "an urge to move", "stiffness", "soreness the next day", "tingling", "numbness",
			"a heavy feeling" };

	private static final String[] PLACES = { "the calf", "the foot", "the thigh", "the toes", "the lower back",
			"the buttock", "the shin", "the hamstring", "both legs", "one leg" };

	private static final String[] HELPS = { "a gentle stretch", "rubbing the muscle", "walking around", "a warm bath",
			"resting", "drinking enough water", "changing position", "sitting down", "bending forward", "a cold pack" };

	private static final String[] SENTENCES = { "Many %s notice %s in %s.",
			"It often starts at night and can wake you.", "For %s, %s may ease it within minutes.",
			"%s can feel like %s.", "A doctor can check %s if it keeps happening.",
			"Most of the time it is harmless and passes on its own.", "Some %s find that %s helps.",
			"Write down when it happens, how long it lasts and what eases it.", "It is more common in %s than in %s.",
			"Tell your doctor about any new medicine you take.", "If %s comes with swelling, get advice soon.",
			"Evidence for %s is weak, so think of it as a comfort step." };

	private CorpusGenerator() {
	}

	public static void main(String[] args) throws IOException {
		int count = Math.max(REAL_SLUGS.size(), (args.length > 0) ? Integer.parseInt(args[0]) : 1000);
		Path dir = Path.of((args.length > 1) ? args[1] : "target/corpus-" + count);
		long start = System.nanoTime();
		write(dir, count, 42);
		System.out.printf(Locale.ROOT, "Wrote %d articles to %s in %d ms%n", count, dir.resolve("articles"),
				(System.nanoTime() - start) / 1_000_000);
	}

	/**
	 * Writes {@code count} articles (the first is the hub) to {@code dir/articles}, and
	 * copies the real care blocks from {@code content/care} to {@code dir/care}, as the
	 * site's configuration places some of them.
	 */
	public static void write(Path dir, int count, long seed) throws IOException {
		Path care = Files.createDirectories(dir.resolve("care"));
		try (Stream<Path> blocks = Files.list(REAL_CONTENT.resolve("care"))) {
			for (Path block : blocks.filter((path) -> path.toString().endsWith(".md")).toList()) {
				Files.copy(block, care.resolve(block.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
			}
		}
		Path articles = Files.createDirectories(dir.resolve("articles"));
		Random random = new Random(seed);
		for (int i = 0; i < count; i++) {
			Files.writeString(articles.resolve(slug(i) + ".md"), article(i, count, random));
		}
	}

	private static List<String> realSlugs() {
		try (Stream<Path> files = Files.list(REAL_CONTENT.resolve("articles"))) {
			List<String> slugs = new ArrayList<>(files.map((path) -> path.getFileName().toString())
				.filter((name) -> name.endsWith(".md"))
				.map((name) -> name.substring(0, name.length() - 3))
				.filter((slug) -> !slug.equals(HUB))
				.sorted()
				.toList());
			slugs.add(0, HUB);
			return List.copyOf(slugs);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String slug(int index) {
		return (index < REAL_SLUGS.size()) ? REAL_SLUGS.get(index)
				: String.format(Locale.ROOT, "generated-article-%05d", index);
	}

	private static String article(int index, int count, Random random) {
		String subject = pick(random, SUBJECTS);
		String title = (index == 0) ? "Muscle spasms in legs"
				: capitalise(subject) + " and " + pick(random, PLACES).replace("the ", "") + " (" + index + ")";
		List<Integer> related = neighbours(index, count, random);
		StringBuilder text = new StringBuilder();
		text.append("---\n");
		text.append("title: \"").append(title).append("\"\n");
		text.append("summary: \"What ")
			.append(subject)
			.append(" feel like, why they happen, and when to see a doctor.\"\n");
		text.append("category: ").append(CATEGORIES.get(index % CATEGORIES.size())).append('\n');
		text.append("related:\n");
		related.forEach((other) -> text.append("  - ").append(slug(other)).append('\n'));
		text.append("reviewed: 2026-").append(String.format(Locale.ROOT, "%02d", 1 + index % 12)).append("-15\n");
		text.append("sources:\n");
		text.append("  - title: \"NHS: Leg cramps\"\n    url: https://www.nhs.uk/conditions/leg-cramps/\n");
		text.append("  - title: \"MedlinePlus: Muscle cramps\"\n    url: https://medlineplus.gov/musclecramps.html\n");
		text.append("---\n");
		text.append(paragraph(random, 4)).append("\n\n");
		String[] sections = { "What it feels like", "Why it happens", "What you can do", "Treatment" };
		for (int s = 0; s < sections.length; s++) {
			text.append("## ").append(sections[s]).append("\n\n");
			text.append(paragraph(random, 8))
				.append(" Read about [")
				.append(pick(random, SUBJECTS))
				.append("](")
				.append(slug(related.get(s % related.size())))
				.append(".md).\n\n");
			text.append(paragraph(random, 8)).append("\n\n");
			for (int item = 0; item < 4; item++) {
				text.append("- ").append(pick(random, HELPS)).append(" for ").append(pick(random, PLACES)).append('\n');
			}
			text.append('\n').append(paragraph(random, 6)).append("\n\n");
		}
		text.append("## When to see a doctor\n\n");
		text.append(
				"!!! see-doctor \"See a doctor if:\"\n    - it keeps waking you up\n    - you also have numbness\n\n");
		text.append("!!! urgent \"Get urgent medical help if:\"\n    - one calf is swollen, warm and red\n\n");
		text.append(paragraph(random, 4)).append('\n');
		return text.toString();
	}

	private static List<Integer> neighbours(int index, int count, Random random) {
		List<Integer> related = new ArrayList<>();
		if (count == 1) {
			return related;
		}
		related.add((index + 1) % count);
		related.add((index == 0) ? count - 1 : 0);
		int other = random.nextInt(count);
		if (other != index && !related.contains(other)) {
			related.add(other);
		}
		related.remove(Integer.valueOf(index));
		return related;
	}

	private static String paragraph(Random random, int sentences) {
		StringBuilder paragraph = new StringBuilder();
		for (int i = 0; i < sentences; i++) {
			String template = pick(random, SENTENCES);
			Object[] words = { pick(random, PEOPLE), pick(random, FEELINGS), pick(random, PLACES) };
			if (template.startsWith("For %s")) {
				words = new Object[] { pick(random, SUBJECTS), pick(random, HELPS) };
			}
			else if (template.startsWith("%s can feel")) {
				words = new Object[] { capitalise(pick(random, SUBJECTS)), pick(random, FEELINGS) };
			}
			else if (template.contains("than in")) {
				words = new Object[] { pick(random, PEOPLE), pick(random, PEOPLE) };
			}
			else if (template.startsWith("Some %s")) {
				words = new Object[] { pick(random, PEOPLE), pick(random, HELPS) };
			}
			else if (template.startsWith("A doctor") || template.startsWith("If %s")
					|| template.startsWith("Evidence")) {
				words = new Object[] { pick(random, SUBJECTS) };
			}
			paragraph.append((i > 0) ? " " : "").append(String.format(Locale.ROOT, template, words));
		}
		return paragraph.toString();
	}

	private static String pick(Random random, String[] values) {
		return values[random.nextInt(values.length)];
	}

	private static String capitalise(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
