package com.legspasms.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Writers edit a copy of the real content while the site runs; readers get the new site within
 * seconds, or the last good one while the content is broken.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class LiveReloadTest extends WebTestSupport {

	/** Inside the working directory, so problems are reported with a path relative to it. */
	static final Path CONTENT = copyOfRealContent();

	static final String ARTICLE = "spinal-stenosis";

	static final String FILE = CONTENT.resolve("articles/" + ARTICLE + ".md").toString();

	static final Duration WITHIN = Duration.ofSeconds(2);

	private final String original = read(ARTICLE);

	@DynamicPropertySource
	static void contentFolder(DynamicPropertyRegistry registry) {
		registry.add("site.content-dir", CONTENT::toString);
		registry.add("site.watch.enabled", () -> "true");
	}

	@AfterEach
	void restore() {
		for (String slug : new String[] { ARTICLE, "stomach-muscle-spasms" }) {
			Path file = CONTENT.resolve("articles/" + slug + ".md");
			if (!Files.exists(file)) {
				write(slug, read(Path.of("content/articles", slug + ".md")));
			}
		}
		write(ARTICLE, this.original);
		await().atMost(Duration.ofSeconds(10)).until(() -> title("/articles/" + ARTICLE).equals("Spinal stenosis")
				&& this.web.get("/articles/stomach-muscle-spasms").status() == 200);
	}

	@Test
	void anEditedArticleIsServedWithinTwoSecondsAndFoundBySearch() {
		write(ARTICLE, this.original.replaceFirst("(?m)^title: .*$", "title: Narrowing of the spine (edited)")
			.replaceFirst("(?m)^---\\n(?![\\s\\S]*^---\\n)", "---\nA brand new word: zanzibarite.\n\n"));
		await().atMost(WITHIN).until(() -> title("/articles/" + ARTICLE).equals("Narrowing of the spine (edited)"));
		assertThat(this.web.get("/").html().select("a[href=/articles/" + ARTICLE + "]").eachText())
			.contains("Narrowing of the spine (edited)");
		assertThat(this.web.get("/search?q=zanzibarite").html().select("ol.search-results h2 a").eachAttr("href"))
			.containsExactly("/articles/" + ARTICLE);
	}

	@Test
	void anInvalidEditKeepsTheLastGoodPageAndReportsTheProblem(CapturedOutput output) {
		write(ARTICLE, this.original.replaceFirst("(?m)^category: .*$", "category: no-such-category"));
		await().atMost(WITHIN).until(() -> output.getOut().contains(FILE + ":4: unknown category 'no-such-category'"));
		assertThat(output.getOut()).contains("still serving the last good version");
		assertThat(title("/articles/" + ARTICLE)).isEqualTo("Spinal stenosis");

		write(ARTICLE, this.original.replaceFirst("(?m)^title: .*$", "title: Spinal stenosis, fixed"));
		await().atMost(WITHIN).until(() -> title("/articles/" + ARTICLE).equals("Spinal stenosis, fixed"));
	}

	@Test
	void aDeletedArticleAnswers404AndTheLinksToItAreReported(CapturedOutput output) throws IOException {
		Files.delete(CONTENT.resolve("articles/stomach-muscle-spasms.md"));
		await().atMost(WITHIN).until(() -> this.web.get("/articles/stomach-muscle-spasms").status() == 404);
		assertThat(output.getOut()).containsPattern(
				"articles/[a-z-]+\\.md:\\d+: link to 'stomach-muscle-spasms\\.md[^']*': there is no article 'stomach-muscle-spasms'");
		assertThat(this.web.get("/").html().select("a[href=/articles/stomach-muscle-spasms]")).isEmpty();
		assertThat(this.web.get("/search?q=stomach+spasms").html().select("a[href=/articles/stomach-muscle-spasms]"))
			.isEmpty();
	}

	@Test
	void anEditedCareBlockChangesEveryPageThatPlacesIt() throws IOException {
		Path block = CONTENT.resolve("care/dvt-signs.md");
		String original = Files.readString(block);
		try {
			Files.writeString(block, original.replace("- swelling in one leg", "- swelling in one leg (edited sign)"));
			await().atMost(WITHIN)
				.until(() -> this.web.get("/articles/deep-vein-thrombosis")
					.html()
					.select("[data-care-block=dvt-signs] li")
					.eachText()
					.contains("swelling in one leg (edited sign)"));
			for (String page : new String[] { "/articles/muscle-pain-in-legs", "/compare" }) {
				assertThat(this.web.get(page).html().select("[data-care-block=dvt-signs] li").eachText()).as(page)
					.contains("swelling in one leg (edited sign)");
			}
		}
		finally {
			Files.writeString(block, original);
			await().atMost(Duration.ofSeconds(10))
				.until(() -> !this.web.get("/compare").html().text().contains("(edited sign)"));
		}
	}

	private String title(String path) {
		return this.web.get(path).html().select("h1").text();
	}

	private static String read(String slug) {
		return read(CONTENT.resolve("articles/" + slug + ".md"));
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(String slug, String text) {
		try {
			Files.writeString(CONTENT.resolve("articles/" + slug + ".md"), text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path copyOfRealContent() {
		try {
			Path target = Files.createDirectories(Path.of("target"));
			Path copy = Files.createTempDirectory(target, "live-reload-");
			try (Stream<Path> files = Files.walk(Path.of("content"))) {
				for (Path file : files.toList()) {
					Path to = copy.resolve(Path.of("content").relativize(file).toString());
					if (Files.isDirectory(file)) {
						Files.createDirectories(to);
					}
					else {
						Files.copy(file, to);
					}
				}
			}
			return copy;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
