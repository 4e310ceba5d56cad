package com.legspasms.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import com.legspasms.site.ContentCopy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Writers edit a copy of the real content while the site runs; readers get the new site
 * within seconds, or the last good one while the content is broken.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
@ExtendWith(OutputCaptureExtension.class)
class LiveReloadTest extends WebTestSupport {

	/**
	 * Inside the working directory, so problems are reported with a path relative to it.
	 */
	static final Path CONTENT = ContentCopy.ofRealContent("live-reload-");

	static final String ARTICLE = "spinal-stenosis";

	static final String FILE = CONTENT.resolve("articles/" + ARTICLE + ".md").toString();

	/**
	 * A reload takes well under two seconds on a quiet machine; this leaves room for a
	 * build machine shared with other builds (load averages of 15 and more have been
	 * seen).
	 */
	static final Duration WITHIN = Duration.ofSeconds(10);

	private final String original = read(ARTICLE);

	@DynamicPropertySource
	static void contentFolder(DynamicPropertyRegistry registry) {
		registry.add("site.content-dir", CONTENT::toString);
		registry.add("site.watch.enabled", () -> "true");
	}

	@LocalManagementPort
	int managementPort;

	@AfterEach
	void restore() {
		for (String slug : new String[] { ARTICLE, "stomach-muscle-spasms" }) {
			Path file = CONTENT.resolve("articles/" + slug + ".md");
			if (!Files.exists(file)) {
				write(slug, ContentCopy.read(Path.of("content/articles", slug + ".md")));
			}
		}
		write(ARTICLE, this.original);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> title("/articles/" + ARTICLE).equals("Spinal stenosis")
					&& this.web.get("/articles/stomach-muscle-spasms").status() == 200);
	}

	@Test
	void anEditedArticleIsServedWithinSecondsAndFoundBySearch() {
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

	@Test
	void aLineOfAThousandQuoteMarksIsRefusedAndTheWatcherKeepsWatching(CapturedOutput output) {
		write(ARTICLE, this.original + "\n" + ">".repeat(1000) + " pasted\n");
		int line = (int) (this.original + "\n").lines().count() + 1;
		await().atMost(WITHIN)
			.until(() -> output.getOut().contains(FILE + ":" + line + ": nested too deeply (limit 50"));
		assertThat(title("/articles/" + ARTICLE)).isEqualTo("Spinal stenosis");
		String health = new WebClient(this.managementPort).get("/actuator/health", "application/json")
			.response()
			.body();
		assertThat(health).contains("\"status\":\"UP\"", "\"watching\":true", "\"lastReloadServed\":false",
				"nested too deeply");

		write(ARTICLE, this.original.replaceFirst("(?m)^title: .*$", "title: Spinal stenosis, still watched"));
		await().atMost(WITHIN).until(() -> title("/articles/" + ARTICLE).equals("Spinal stenosis, still watched"));
	}

	@Test
	void aChangedPictureIsPublished() throws IOException {
		Path picture = CONTENT.resolve("images/leg-cramp-areas.svg");
		String svg = Files.readString(picture);
		try {
			Files.writeString(picture, svg.replaceFirst("<title>[^<]*</title>", "<title>Edited picture title</title>"));
			await().atMost(WITHIN)
				.until(() -> this.web.get("/articles/muscle-spasms-in-legs")
					.html()
					.select("figure svg title")
					.text()
					.contains("Edited picture title"));
		}
		finally {
			Files.writeString(picture, svg);
		}
	}

	@Test
	void anEditedSynonymIsLive() throws IOException {
		Path synonyms = CONTENT.resolve("synonyms.txt");
		String rules = Files.readString(synonyms);
		assertThat(this.web.get("/search?q=quinine").html().select("ol.search-results h2 a").eachAttr("href"))
			.doesNotContain("/articles/" + ARTICLE);
		try {
			Files.writeString(synonyms, rules + "\nquinine => quinine, stenosis\n");
			await().atMost(WITHIN)
				.until(() -> this.web.get("/search?q=quinine")
					.html()
					.select("ol.search-results h2 a")
					.eachAttr("href")
					.contains("/articles/" + ARTICLE));
		}
		finally {
			Files.writeString(synonyms, rules);
		}
	}

	@Test
	void anEditedReaderWordIsLive() throws IOException {
		Path readerWords = CONTENT.resolve("reader-words.txt");
		String rules = Files.exists(readerWords) ? Files.readString(readerWords) : "";
		assertThat(this.web.get("/search?q=spinnynarrow").html().select("ol.search-results h2 a").eachAttr("href"))
			.doesNotContain("/articles/" + ARTICLE);
		try {
			Files.writeString(readerWords, rules + "\nspinnynarrow => spinal stenosis\n");
			await().atMost(WITHIN)
				.until(() -> this.web.get("/search?q=spinnynarrow")
					.html()
					.select("ol.search-results h2 a")
					.eachAttr("href")
					.contains("/articles/" + ARTICLE));
		}
		finally {
			Files.writeString(readerWords, rules);
		}
	}

	@Test
	void aReplacedArticlesFolderIsStillWatched() throws IOException {
		Path articles = CONTENT.resolve("articles");
		Path fresh = CONTENT.resolve("articles-new");
		Path old = CONTENT.resolve("articles-old");
		copyFolder(articles, fresh);
		Files.writeString(fresh.resolve(ARTICLE + ".md"),
				this.original.replaceFirst("(?m)^title: .*$", "title: Spinal stenosis, new folder"));
		Files.move(articles, old);
		Files.move(fresh, articles);
		try {
			await().atMost(WITHIN).until(() -> title("/articles/" + ARTICLE).equals("Spinal stenosis, new folder"));
			write(ARTICLE, this.original.replaceFirst("(?m)^title: .*$", "title: Spinal stenosis, edited again"));
			await().atMost(WITHIN).until(() -> title("/articles/" + ARTICLE).equals("Spinal stenosis, edited again"));
		}
		finally {
			deleteFolder(old);
		}
	}

	@Test
	void hiddenFilesAreIgnored(CapturedOutput output) throws IOException {
		Path resourceFork = CONTENT.resolve("articles/._" + ARTICLE + ".md");
		Path store = CONTENT.resolve("articles/.DS_Store");
		Files.write(resourceFork, new byte[] { 0, 5, 22, 7, 0, 2, 0, 0, (byte) 0xFF, (byte) 0xFE });
		Files.write(store, new byte[] { 0, 0, 0, 1, 66, 117, 100, 49, (byte) 0xFF });
		try {
			write(ARTICLE, this.original.replaceFirst("(?m)^title: .*$", "title: Spinal stenosis beside hidden files"));
			await().atMost(WITHIN)
				.until(() -> title("/articles/" + ARTICLE).equals("Spinal stenosis beside hidden files"));
			assertThat(output.getOut()).doesNotContain("._" + ARTICLE, ".DS_Store");
		}
		finally {
			Files.delete(resourceFork);
			Files.delete(store);
		}
	}

	private static void copyFolder(Path from, Path to) throws IOException {
		Files.createDirectories(to);
		try (Stream<Path> files = Files.list(from)) {
			for (Path file : files.toList()) {
				Files.copy(file, to.resolve(file.getFileName().toString()));
			}
		}
	}

	private static void deleteFolder(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

	private String title(String path) {
		return this.web.get(path).html().select("h1").text();
	}

	private static String read(String slug) {
		return ContentCopy.read(CONTENT.resolve("articles/" + slug + ".md"));
	}

	private static void write(String slug, String text) {
		ContentCopy.write(CONTENT.resolve("articles/" + slug + ".md"), text);
	}

}
