package com.legspasms.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.legspasms.content.ContentProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files as writers really save them (pasted control characters, other encodings, alias
 * bombs, emoji headings, deep nesting, macOS's hidden files) give FILE:LINE problems,
 * never an exception.
 */
class UnreadableContentTest {

	@TempDir
	Path dir;

	ContentFixture content;

	@BeforeEach
	void hub() {
		this.content = new ContentFixture(this.dir).article("hub", "Hub", "overview", "The hub.");
	}

	@Test
	void aControlCharacterInFrontMatterIsReportedAtItsLine() {
		this.content.write("pasted.md",
				"---\ntitle: Cramps\nsummary: Pasted\u000B from Word.\ncategory: causes\n---\nBody.\n");
		assertThat(problems()).containsExactly(problem("pasted.md", 3,
				"front matter holds the control character U+000B, which YAML does not allow: delete it (it is often pasted in invisibly)"));
	}

	@Test
	void aControlCharacterInAnArticleBodyIsReportedAtItsLineOncePerLine() {
		this.content.write("pasted.md", "---\ntitle: Cramps\nsummary: Pasted.\ncategory: causes\n---\n"
				+ "Fine line.\r\nBell\u0007 and escape\u001B here.\n\tTabbed is fine.\nNext\u0085line \u0000.\n");
		assertThat(problems()).containsExactly(problem("pasted.md", 7,
				"line holds the control character U+0007, which a web page may not show: delete it (it is often pasted in invisibly)"),
				problem("pasted.md", 9,
						"line holds the control character U+0085, which a web page may not show: delete it (it is often pasted in invisibly)"));
	}

	@Test
	void aControlCharacterInACareBlockBodyIsReportedAtItsLine() {
		this.content.careBlock("pasted-signs", "---\nurgency: urgent\ntitle: \"Ask for an urgent GP appointment if:\"\n"
				+ "reviewed: 2026-11-29\nsources:\n  - title: \"NHS: DVT\"\n"
				+ "    url: https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/\n---\n- your calf is\u007F swollen\n");
		assertThat(this.content.problems("hub")).containsExactly(this.content.careProblem("pasted-signs", 9,
				"line holds the control character U+007F, which a web page may not show: delete it (it is often pasted in invisibly)"));
	}

	@Test
	void aYamlAliasBombIsRefusedByItsLimits() {
		StringBuilder yaml = new StringBuilder(
				"---\ntitle: Bomb\nsummary: S.\ncategory: causes\nrelated:\n  - &a [x, x, x, x, x, x, x, x, x]\n");
		String previous = "a";
		for (int level = 0; level < 8; level++) {
			String name = "l" + level;
			yaml.append("  - &")
				.append(name)
				.append(" [")
				.append(("*" + previous + ", ").repeat(9))
				.append("*")
				.append(previous)
				.append("]\n");
			previous = name;
		}
		this.content.write("bomb.md", yaml + "---\nBody.\n");
		assertThat(problems()).singleElement().satisfies((problem) -> {
			assertThat(problem).startsWith(this.content.file("bomb.md") + ":2: front matter cannot be read: ");
			assertThat(problem).contains("aliases");
		});
	}

	@Test
	void aRecursiveAliasAsAKeyIsReportedWithoutPrintingIt() {
		this.content.write("loop.md",
				"---\ntitle: Loop\nsummary: S.\ncategory: causes\n? &k [*k]\n: value\n---\nBody.\n");
		assertThat(problems())
			.allSatisfy((problem) -> assertThat(problem).startsWith(this.content.file("loop.md") + ":"));
	}

	@Test
	void anArticleNotInUtf8IsReportedAtTheLineOfItsFirstBadByte() {
		writeBytes("articles/latin.md",
				"---\ntitle: Crampes\nsummary: S.\ncategory: causes\n---\nCrampes \u00e0 la jambe.\n",
				StandardCharsets.ISO_8859_1);
		assertThat(problems()).containsExactly(
				problem("latin.md", 6, "file is not UTF-8 text (byte 0xE0 here): save it with the UTF-8 encoding"));
	}

	@Test
	void aPictureNotInUtf8IsReportedNotThrown() {
		this.content.article("legs", "Legs", "causes", "![A leg](../images/leg.svg)\n");
		writeBytes("images/leg.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<title>Jamb\u00e9</title>\n</svg>\n",
				StandardCharsets.ISO_8859_1);
		assertThat(problems())
			.contains(Path.of(this.content.file("hub.md")).resolveSibling("../images/leg.svg").normalize()
					+ ":2: file is not UTF-8 text (byte 0xE9 here): save it with the UTF-8 encoding");
	}

	@Test
	void aSearchWordListNotInUtf8IsReportedNotThrown() {
		writeBytes("reader-words.txt", "nite => night\ncr\u00e8me => cream\n", StandardCharsets.ISO_8859_1);
		writeBytes("synonyms.txt", "cramp, spasm\ncharley horse, cr\u00e8me\n", StandardCharsets.ISO_8859_1);
		Path content = Path.of(this.content.file("hub.md")).resolveSibling("..").normalize();
		assertThat(problems()).containsExactly(
				content.resolve("reader-words.txt")
						+ ":2: file is not UTF-8 text (byte 0xE8 here): save it with the UTF-8 encoding",
				content.resolve("synonyms.txt")
						+ ":2: file is not UTF-8 text (byte 0xE8 here): save it with the UTF-8 encoding");
	}

	@Test
	void aHeadingWithNoLettersOrDigitsIsReported() {
		this.content.article("emoji", "Emoji", "causes", "Text.\n\n## 🦵\n\nMore.\n");
		assertThat(problems()).containsExactly(problem("emoji.md", 8,
				"heading '🦵' has no letters or digits, so it cannot have an id to link to: add a word to it"));
	}

	@Test
	void aLineOfAThousandQuoteMarksIsRefusedBeforeParsing() {
		this.content.article("deep", "Deep", "causes", "Text.\n\n" + ">".repeat(1000) + " too deep\n");
		assertThat(problems()).containsExactly(problem("deep.md", 8,
				"nested too deeply (limit 50 levels of quotes, lists and indentation): flatten this part"));
	}

	@Test
	void deeplyNestedListsAndEmphasisAreRefusedToo() {
		this.content.article("lists", "Lists", "causes", "- ".repeat(1000) + "x\n")
			.article("stars", "Stars", "causes", "*".repeat(5000) + "x" + "*".repeat(5000) + "\n");
		assertThat(problems()).containsExactly(
				problem("lists.md", 6,
						"nested too deeply (limit 50 levels of quotes, lists and indentation): flatten this part"),
				problem("stars.md", 6,
						"nested too deeply (limit 100 emphasis marks or open brackets in a row): remove the repeated marks"));
	}

	@Test
	void aNullConditionIsTreatedAsAbsent() {
		this.content.write("tilde.md", "---\ntitle: Tilde\nsummary: S.\ncategory: causes\ncondition: ~\n---\nBody.\n");
		assertThat(this.content.build("hub").article("tilde").orElseThrow().condition()).isNull();
	}

	@Test
	void summaryLengthCountsCharactersNotUtf16Units() {
		String emoji = "🦵".repeat(100);
		this.content.write("emoji-summary.md",
				"---\ntitle: Emoji summary\nsummary: " + emoji + "\ncategory: causes\n---\nBody.\n");
		assertThat(this.content.build("hub").article("emoji-summary").orElseThrow().summary()).isEqualTo(emoji);
	}

	@Test
	void hiddenFilesAreIgnored() throws IOException {
		Files.write(this.dir.resolve("articles/._hub.md"), new byte[] { 0, 5, 22, 7, (byte) 0xFF, (byte) 0xFE });
		Files.write(this.dir.resolve("articles/.DS_Store"), new byte[] { 0, 0, 0, 1, (byte) 0xFF });
		Files.createDirectories(this.dir.resolve("images"));
		Files.write(this.dir.resolve("images/._leg.svg"), new byte[] { 0, 5, 22, 7, (byte) 0xFF });
		assertThat(this.content.build("hub").articles()).extracting(Article::slug).containsExactly("hub");
	}

	private void writeBytes(String relative, String text, java.nio.charset.Charset charset) {
		try {
			Path file = this.dir.resolve(relative);
			Files.createDirectories(file.getParent());
			Files.write(file, text.getBytes(charset));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private List<String> problems() {
		return this.content.problems("hub").stream().map(ContentProblem::toString).toList();
	}

	private String problem(String fileName, int line, String message) {
		return this.content.file(fileName) + ":" + line + ": " + message;
	}

}
