package com.legspasms.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import com.legspasms.content.ContentProblem;
import com.legspasms.content.InvalidContentException;
import com.legspasms.rendering.MarkdownRenderer;
import com.legspasms.web.SiteUrls;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Feeds the loader real articles, front matter, pictures and synonym files, mutated at
 * random: truncated, bytes flipped, syntax repeated and nested, re-encoded. Each input
 * must give a site or a list of {@code FILE:LINE} problems within 10 seconds: never an
 * exception, never a hang. Seeded, so a failure can be replayed ({@code -Dfuzz.seed=N});
 * it runs for {@code -Dfuzz.seconds} (60 when {@code CI} is set, 15 otherwise). Inputs it
 * found that broke the loader are kept, with the regression tests named after them in
 * {@link UnreadableContentTest}.
 */
class ContentFuzzTest {

	private static final Duration PER_INPUT = Duration.ofSeconds(10);

	private static final String[] SYNTAX = { ">", "> ", "- ", "* ", "1. ", "    ", "\t", "*", "_", "**", "~~", "[",
			"](", "![", "[^1]", "[^1]: ", "|", "| a ", "|---", "---\n", "```", "`", "<!--", "-->", "<", "&amp;", "&#",
			"\\", "!!! note \"x\"\n    ", "!!! ", "#", "## ", "\n", "\r\n", "\r", "\u000B", "\u0000", "\uFEFF", "🦵",
			"a\u0300", "&a [*a]", "*a", "? ", ": ", "- &x [*x, *x]\n", "http://", "www.", "mailto:", "javascript:",
			"../images/", "%", "%C3%A0", "{", "}", "'", "\"", "\u202E" };

	private static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1,
			StandardCharsets.UTF_16, StandardCharsets.UTF_16LE);

	private static final ExecutorService runner = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "fuzz");
		thread.setDaemon(true);
		return thread;
	});

	@TempDir
	Path dir;

	@AfterAll
	static void stopRunner() {
		runner.shutdownNow();
	}

	@Test
	void mutatedRealContentGivesASiteOrFileLineProblemsNeverAnException() throws Exception {
		long seed = Long.getLong("fuzz.seed", 13L);
		long seconds = Long.getLong("fuzz.seconds", (System.getenv("CI") != null) ? 60 : 15);
		Random random = new Random(seed);
		List<Path> articles = files(Path.of("content/articles"));
		List<Path> pictures = files(Path.of("content/images"));
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		List<Long> millis = new ArrayList<>();
		int sites = 0;
		int refused = 0;
		for (int input = 0; System.nanoTime() < deadline; input++) {
			Path folder = Files.createDirectories(this.dir.resolve("input-" + input));
			Path article = articles.get(random.nextInt(articles.size()));
			String slug = article.getFileName().toString().replace(".md", "");
			Files.createDirectories(folder.resolve("articles"));
			Files.createDirectories(folder.resolve("images"));
			int target = random.nextInt(4);
			Files.write(folder.resolve("articles").resolve(article.getFileName()),
					(target <= 1) ? mutate(Files.readAllBytes(article), random) : Files.readAllBytes(article));
			for (Path picture : pictures) {
				Files.write(folder.resolve("images").resolve(picture.getFileName()),
						(target == 2 && random.nextBoolean()) ? mutate(Files.readAllBytes(picture), random)
								: Files.readAllBytes(picture));
			}
			byte[] synonyms = Files.readAllBytes(Path.of("content/synonyms.txt"));
			Files.write(folder.resolve("synonyms.txt"), (target == 3) ? mutate(synonyms, random) : synonyms);
			long start = System.nanoTime();
			Outcome outcome = load(folder, slug);
			millis.add((System.nanoTime() - start) / 1_000_000);
			if (outcome.failure() != null) {
				Path kept = keep(folder, seed, input);
				fail("input " + input + " (seed " + seed + ", kept in " + kept + ") gave " + outcome.failure());
			}
			if (outcome.problems() == null) {
				sites++;
			}
			else {
				refused++;
				String prefix = folder.toAbsolutePath().toString();
				assertThat(outcome.problems()).allSatisfy((problem) -> {
					assertThat(Path.of(problem.file()).toAbsolutePath().toString()).startsWith(prefix);
					assertThat(problem.toString()).matches("(?s)[^:]+:(\\d+:)? .+");
				});
			}
			deleteFolder(folder);
		}
		millis.sort(null);
		System.out.printf(
				"Fuzz: %d inputs in %d s (seed %d): %d sites, %d refused with FILE:LINE problems; "
						+ "per input median %d ms, 95th percentile %d ms, max %d ms%n",
				millis.size(), seconds, seed, sites, refused, millis.get(millis.size() / 2),
				millis.get(millis.size() * 95 / 100), millis.get(millis.size() - 1));
		assertThat(millis).isNotEmpty();
	}

	private static Outcome load(Path folder, String hub) throws InterruptedException {
		SiteProperties properties = ContentFixture.properties(folder, hub, false, false);
		Future<Outcome> result = runner.submit(() -> {
			try {
				new SiteSnapshotFactory(properties, new MarkdownRenderer(new SiteUrls())).build(folder, true);
				return new Outcome(null, null);
			}
			catch (InvalidContentException ex) {
				return new Outcome(ex.getProblems(), null);
			}
			catch (Throwable ex) {
				return new Outcome(null, ex);
			}
		});
		try {
			return result.get(PER_INPUT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (TimeoutException ex) {
			result.cancel(true);
			return new Outcome(null, new AssertionError("no answer within " + PER_INPUT));
		}
		catch (java.util.concurrent.ExecutionException ex) {
			return new Outcome(null, ex.getCause());
		}
	}

	/** One to three mutations of a real file. */
	static byte[] mutate(byte[] original, Random random) {
		byte[] bytes = original;
		int mutations = 1 + random.nextInt(3);
		for (int i = 0; i < mutations; i++) {
			bytes = switch (random.nextInt(6)) {
				case 0 -> truncate(bytes, random);
				case 1 -> flipBytes(bytes, random);
				case 2 -> insert(bytes, random, repeated(random));
				case 3 -> insert(bytes, random, nested(random));
				case 4 -> reencode(bytes, random);
				default -> insert(bytes, random, SYNTAX[random.nextInt(SYNTAX.length)]);
			};
		}
		return bytes;
	}

	private static byte[] truncate(byte[] bytes, Random random) {
		return java.util.Arrays.copyOf(bytes, (bytes.length == 0) ? 0 : random.nextInt(bytes.length));
	}

	private static byte[] flipBytes(byte[] bytes, Random random) {
		byte[] flipped = bytes.clone();
		for (int i = 0, n = 1 + random.nextInt(8); i < n && flipped.length > 0; i++) {
			flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
		}
		return flipped;
	}

	private static String repeated(Random random) {
		return SYNTAX[random.nextInt(SYNTAX.length)].repeat(1 + random.nextInt(random.nextBoolean() ? 20 : 3000));
	}

	private static String nested(Random random) {
		String open = SYNTAX[random.nextInt(SYNTAX.length)];
		String close = SYNTAX[random.nextInt(SYNTAX.length)];
		int depth = 1 + random.nextInt(random.nextBoolean() ? 30 : 1500);
		return open.repeat(depth) + "x" + close.repeat(depth);
	}

	private static byte[] insert(byte[] bytes, Random random, String text) {
		int at = (bytes.length == 0) ? 0 : random.nextInt(bytes.length + 1);
		if (random.nextInt(3) == 0) {
			at = nextLineStart(bytes, at);
		}
		byte[] inserted = text.getBytes(StandardCharsets.UTF_8);
		byte[] result = new byte[bytes.length + inserted.length];
		System.arraycopy(bytes, 0, result, 0, at);
		System.arraycopy(inserted, 0, result, at, inserted.length);
		System.arraycopy(bytes, at, result, at + inserted.length, bytes.length - at);
		return result;
	}

	private static int nextLineStart(byte[] bytes, int from) {
		for (int i = from; i < bytes.length; i++) {
			if (bytes[i] == '\n') {
				return i + 1;
			}
		}
		return bytes.length;
	}

	private static byte[] reencode(byte[] bytes, Random random) {
		String text = new String(bytes, StandardCharsets.UTF_8);
		return text.getBytes(ENCODINGS.get(random.nextInt(ENCODINGS.size())));
	}

	private static List<Path> files(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(Files::isRegularFile).sorted().toList();
		}
	}

	private static Path keep(Path folder, long seed, int input) throws IOException {
		Path kept = Files.createDirectories(Path.of("target/fuzz-failures/seed-" + seed + "-input-" + input));
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path to = kept.resolve(folder.relativize(file).toString());
				Files.createDirectories(to.getParent());
				Files.copy(file, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
		}
		return kept;
	}

	private static void deleteFolder(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Outcome(List<ContentProblem> problems, Throwable failure) {
	}

}
