package com.legspasms.site;

import java.nio.file.Path;

import com.legspasms.content.ContentProblem;
import com.legspasms.content.InvalidContentException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Each kind of broken content is reported as FILE:LINE: message, and start-up is refused.
 */
class ContentValidationTest {

	@TempDir
	Path dir;

	ContentFixture content;

	@BeforeEach
	void hub() {
		this.content = new ContentFixture(this.dir).article("hub", "Hub", "overview", "The hub.");
	}

	@Test
	void malformedYamlIsReportedAtTheBrokenLine() {
		this.content.write("broken.md", """
				---
				title: Broken
				summary: "an unclosed quote
				category: causes
				---
				Body.
				""");
		assertThat(problems())
			.containsExactly(problem("broken.md", 4, "malformed YAML in front matter: found unexpected end of stream"));
	}

	@Test
	void missingRequiredFieldIsReported() {
		this.content.write("no-summary.md", """
				---
				title: No summary
				category: causes
				---
				Body.
				""");
		assertThat(problems()).containsExactly(problem("no-summary.md", 2, "missing required field 'summary'"));
	}

	@Test
	void summaryOverTheLimitIsReportedWithItsLength() {
		this.content.write("long.md", """
				---
				title: Long summary
				category: causes
				summary: %s
				---
				Body.
				""".formatted("a".repeat(161)));
		assertThat(problems())
			.containsExactly(problem("long.md", 4, "summary is 161 characters long; the limit is 160"));
	}

	@Test
	void unknownCategoryIsReportedWithTheConfiguredOnes() {
		this.content.write("odd.md", """
				---
				title: Odd
				summary: Odd one.
				category: gossip
				---
				Body.
				""");
		assertThat(problems()).containsExactly(
				problem("odd.md", 4, "unknown category 'gossip' (configured categories: overview, causes, treatment)"));
	}

	@Test
	void relatedSlugThatDoesNotExistIsReportedAtItsListEntry() {
		this.content.write("cramps.md", """
				---
				title: Cramps
				summary: Cramps.
				category: causes
				related:
				  - hub
				  - no-such-article
				---
				Body.
				""");
		assertThat(problems())
			.containsExactly(problem("cramps.md", 7, "related article 'no-such-article' does not exist"));
	}

	@Test
	void bodyLinkToAMissingArticleIsReportedAtItsLine() {
		this.content.article("cramps", "Cramps", "causes", """
				First paragraph.

				Read about [stenosis](spinal-stenosis.md).
				""");
		assertThat(problems()).containsExactly(
				problem("cramps.md", 8, "link to 'spinal-stenosis.md': there is no article 'spinal-stenosis'"));
	}

	@Test
	void bodyLinkToAMissingHeadingIsReported() {
		this.content.article("cramps", "Cramps", "causes", """
				See [the hub's causes](hub.md#causes) and [this page](#symptoms).

				## Symptoms

				Text.
				""");
		assertThat(problems()).containsExactly(
				problem("cramps.md", 6, "link to 'hub.md#causes': article 'hub' has no heading with the id 'causes'"));
	}

	@Test
	void twoFilesWithTheSameTitleAreReported() {
		this.content.article("cramps", "Leg cramps", "causes", "One.")
			.article("more-cramps", "Leg Cramps", "causes", "Two.");
		assertThat(problems()).containsExactly(problem("more-cramps.md", 2,
				"title 'Leg Cramps' is already used by " + this.content.file("cramps.md")));
	}

	@Test
	void emptyBodyIsReportedWhereTheBodyShouldStart() {
		this.content.write("empty.md", """
				---
				title: Empty
				summary: Nothing here.
				category: causes
				---

				""");
		assertThat(problems())
			.containsExactly(problem("empty.md", 6, "article body is empty: write the article below the front matter"));
	}

	@Test
	void unknownFieldIsReported() {
		this.content.write("typo.md", """
				---
				title: Typo
				summary: A typo.
				categroy: causes
				category: causes
				---
				Body.
				""");
		assertThat(problems()).containsExactly(problem("typo.md", 4,
				"unknown field 'categroy' (known fields: title, summary, category, related, reviewed, sources, order, aliases, condition, profile, status, reviewed-by, changes)"));
	}

	@Test
	void fileWithoutFrontMatterIsReported() {
		this.content.write("bare.md", "Just text.\n");
		assertThat(problems()).containsExactly(problem("bare.md", 1,
				"file must start with front matter: a line '---', fields such as 'title: ...', then another '---'"));
	}

	@Test
	void badDateSourceAndSlugListAreReported() {
		this.content.write("fields.md", """
				---
				title: Fields
				summary: Fields.
				category: causes
				reviewed: last Tuesday
				related: hub
				sources:
				  - title: Somewhere
				    url: javascript:alert(1)
				---
				Body.
				""");
		assertThat(problems()).containsExactly(
				problem("fields.md", 5, "'reviewed' must be a date written as YYYY-MM-DD"),
				problem("fields.md", 6, "'related' must be a list of article slugs, one '- slug' per line"),
				problem("fields.md", 9,
						"source url 'javascript:alert(1)' must be a full web address starting with https://"));
	}

	@Test
	void dangerousLinkSchemeAndUnknownCalloutAreReported() {
		this.content.article("cramps", "Cramps", "causes", """
				A [trap](jav&#x61;script:alert(1)).

				!!! maybe "Hmm"
				    Text.
				""");
		assertThat(problems()).containsExactly(problem("cramps.md", 6,
				"link to 'javascript:alert(1)' uses a scheme that is not allowed (use https:, http:, mailto: or another article)"),
				problem("cramps.md", 8, "unknown callout 'maybe' (use one of: see-doctor, urgent, emergency, note)"));
	}

	@Test
	void problemsFromEveryFileAreReportedTogetherInFileOrder() {
		this.content.write("b-broken.md", """
				---
				title: B
				category: nowhere
				---
				""").write("a-broken.md", """
				---
				title: A
				summary: A.
				category: causes
				related:
				  - ghost
				---
				See [ghost](ghost.md).
				""");
		assertThat(problems()).containsExactly(problem("a-broken.md", 6, "related article 'ghost' does not exist"),
				problem("a-broken.md", 8, "link to 'ghost.md': there is no article 'ghost'"),
				problem("b-broken.md", 2, "missing required field 'summary'"),
				problem("b-broken.md", 3,
						"unknown category 'nowhere' (configured categories: overview, causes, treatment)"),
				problem("b-broken.md", 5, "article body is empty: write the article below the front matter"));
	}

	@Test
	void problemsPrintAsFileColonLineColonMessage() {
		this.content.write("no-summary.md", """
				---
				title: No summary
				category: causes
				---
				Body.
				""");
		InvalidContentException failure = catchThrowableOfType(InvalidContentException.class,
				() -> this.content.build("hub"));
		assertThat(failure.getMessage())
			.endsWith(this.content.file("no-summary.md") + ":2: missing required field 'summary'");
	}

	private java.util.List<String> problems() {
		InvalidContentException failure = catchThrowableOfType(InvalidContentException.class,
				() -> this.content.build("hub"));
		assertThat(failure).as("content should have been refused").isNotNull();
		return failure.getProblems().stream().map(ContentProblem::toString).toList();
	}

	private String problem(String fileName, int line, String message) {
		return this.content.file(fileName) + ":" + line + ": " + message;
	}

}
