package com.legspasms.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.legspasms.LegSpasmsApplication;
import com.legspasms.content.InvalidContentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What a writer reads when broken content stops start-up: every problem once, as
 * {@code FILE:LINE: message} under "APPLICATION FAILED TO START", and no stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartUpFailureOutputTest {

	@Test
	void eachProblemIsPrintedOnceWithoutAStackTrace(@TempDir Path dir, CapturedOutput output) throws IOException {
		FileSystemUtils.copyRecursively(Path.of("content"), dir);
		Path article = dir.resolve("articles/sciatica.md");
		Files.writeString(article, Files.readString(article).replaceFirst("(?m)^title:", "titel:"));
		Path other = dir.resolve("articles/bakers-cyst.md");
		Files.writeString(other, Files.readString(other).replaceFirst("(?m)^summary:", "sumary:"));

		assertThatExceptionOfType(InvalidContentException.class)
			.isThrownBy(() -> new SpringApplicationBuilder(LegSpasmsApplication.class).web(WebApplicationType.NONE)
				.logStartupInfo(false)
				.run("--site.content-dir=" + dir, "--site.watch.enabled=false"))
			.satisfies((ex) -> assertThat(ex.toString()).doesNotContain("\n")
				.contains("4 content problem(s) in ")
				.contains("bakers-cyst.md", "sciatica.md"));

		String out = output.getAll();
		assertThat(out).contains("APPLICATION FAILED TO START", "The site's content has 4 problem(s):");
		assertThat(count(out, "sciatica.md:2: unknown field 'titel'")).isOne();
		assertThat(count(out, "bakers-cyst.md:3: unknown field 'sumary'")).isOne();
		assertThat(out).doesNotContainPattern("(?m)^\\s+at [a-z]");
	}

	@Test
	void brokenSearchWordListsAreListedWithTheArticlesProblems(@TempDir Path dir, CapturedOutput output)
			throws IOException {
		FileSystemUtils.copyRecursively(Path.of("content"), dir);
		Path article = dir.resolve("articles/sciatica.md");
		Files.writeString(article, Files.readString(article).replaceFirst("(?m)^title:", "titel:"));
		Path synonyms = dir.resolve("synonyms.txt");
		Files.writeString(synonyms, "cramp => spasm => knot\n" + Files.readString(synonyms) + "calf => a => b\n");
		int lastLine = (int) Files.readString(synonyms).lines().count();
		Path readerWords = dir.resolve("reader-words.txt");
		String readerText = Files.exists(readerWords) ? Files.readString(readerWords).stripTrailing() : "";
		Files.writeString(readerWords, readerText + (readerText.isEmpty() ? "" : "\n") + "nite night\n");
		int readerLine = (int) Files.readString(readerWords).lines().count();

		assertThatExceptionOfType(InvalidContentException.class)
			.isThrownBy(() -> new SpringApplicationBuilder(LegSpasmsApplication.class).web(WebApplicationType.NONE)
				.logStartupInfo(false)
				.run("--site.content-dir=" + dir, "--site.watch.enabled=false"))
			.satisfies(
					(ex) -> assertThat(ex.getProblems()).extracting((problem) -> problem.file() + ":" + problem.line())
						.contains(dir.resolve("articles/sciatica.md") + ":2", dir.resolve("synonyms.txt") + ":1",
								dir.resolve("synonyms.txt") + ":" + lastLine,
								dir.resolve("reader-words.txt") + ":" + readerLine));
		assertThat(output.getAll()).contains("synonyms.txt:1: cannot read this synonym rule",
				"synonyms.txt:" + lastLine + ": cannot read this synonym rule", "sciatica.md:2: unknown field 'titel'");
	}

	@Test
	void aMissingContentFolderIsTheOneProblemListed(@TempDir Path dir, CapturedOutput output) {
		assertThatExceptionOfType(InvalidContentException.class)
			.isThrownBy(() -> new SpringApplicationBuilder(LegSpasmsApplication.class).web(WebApplicationType.NONE)
				.logStartupInfo(false)
				.run("--site.content-dir=" + dir.resolve("content"), "--site.watch.enabled=false"))
			.satisfies((ex) -> assertThat(ex.getProblems()).singleElement()
				.hasToString(dir.resolve("content/articles") + ": folder not found (looked for "
						+ dir.resolve("content/articles") + "): start the site from the folder holding content/, or "
						+ "name the content folder with --site.content-dir"));
		assertThat(output.getAll()).contains("The site's content has 1 problem(s):").doesNotContain("site.hub names");
	}

	private static int count(String text, String part) {
		Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

}
