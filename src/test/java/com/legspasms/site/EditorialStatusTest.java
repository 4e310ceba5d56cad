package com.legspasms.site;

import java.nio.file.Path;

import com.legspasms.content.ClinicalReviewer;
import com.legspasms.content.EditorialStatus;
import com.legspasms.content.PageChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editorial status, clinical sign-off and page history in front matter: drafts and pages
 * in review reach no reader outside preview mode, published pages may not lead to them,
 * and a clinical change needs a review.
 */
class EditorialStatusTest {

	@TempDir
	Path dir;

	private ContentFixture fixture(String draftStatus) {
		return new ContentFixture(this.dir).article("hub", "Hub", "overview", "Read about [causes](causes.md).")
			.article("causes", "Causes", "causes", "Back to the [hub](hub.md).")
			.write("new-page.md", """
					---
					title: New page
					summary: Not ready yet.
					category: causes
					status: %s
					related:
					  - hub
					---
					Half written. See the [hub](hub.md).
					""".formatted(draftStatus));
	}

	@Test
	void aFileWithoutStatusIsPublishedSoExistingFilesKeepWorking() {
		SiteSnapshot snapshot = fixture("draft").build("hub");
		assertThat(snapshot.article("hub").orElseThrow().status()).isEqualTo(EditorialStatus.PUBLISHED);
	}

	@Test
	void draftsAndPagesInReviewDoNotExistOutsidePreview() {
		for (String status : new String[] { "draft", "in-review" }) {
			SiteSnapshot snapshot = fixture(status).build("hub");
			assertThat(snapshot.article("new-page")).as(status).isEmpty();
			assertThat(snapshot.articles()).extracting(Article::slug).containsExactlyInAnyOrder("hub", "causes");
			assertThat(snapshot.section("causes").orElseThrow().articles()).extracting(Article::slug)
				.containsExactly("causes");
			assertThat(snapshot.relatedConditions(snapshot.article("hub").orElseThrow())).extracting(Article::slug)
				.doesNotContain("new-page");
			assertThat(snapshot.links().to("hub")).doesNotContain("new-page");
		}
	}

	@Test
	void previewKeepsDraftsWithTheirStatus() {
		SiteSnapshot snapshot = fixture("in-review").build("hub", true, false);
		assertThat(snapshot.article("new-page").orElseThrow().status()).isEqualTo(EditorialStatus.IN_REVIEW);
		assertThat(snapshot.article("new-page").orElseThrow().isPublished()).isFalse();
	}

	@Test
	void aPublishedPageThatLinksToADraftIsAProblemWithItsLine() {
		ContentFixture fixture = fixture("draft").write("causes.md", """
				---
				title: Causes
				summary: Why.
				category: causes
				related:
				  - new-page
				---
				Back to the [hub](hub.md).

				Soon: [the new page](new-page.md).
				""");
		assertThat(fixture.problems("hub")).containsExactly(fixture.problem("causes.md", 6,
				"related article 'new-page' is 'draft', so readers cannot open it; publish it first or remove it"),
				fixture.problem("causes.md", 10, "link to 'new-page.md': the article 'new-page' is 'draft', so readers "
						+ "cannot open it; publish it first or remove the link"));
	}

	@Test
	void anUnknownStatusIsAProblemWithItsLine() {
		ContentFixture fixture = fixture("ready");
		assertThat(fixture.problems("hub")).containsExactly(
				fixture.problem("new-page.md", 5, "unknown status 'ready' (use one of: draft, in-review, published)"));
	}

	@Test
	void aClinicalSignOffIsReadAndCanBeRequired() {
		ContentFixture fixture = fixture("draft").write("causes.md", """
				---
				title: Causes
				summary: Why.
				category: causes
				reviewed: 2026-11-01
				reviewed-by: {name: Dr Test Example, role: GP}
				---
				Back to the [hub](hub.md).
				""");
		assertThat(fixture.build("hub").article("causes").orElseThrow().reviewedBy())
			.isEqualTo(new ClinicalReviewer("Dr Test Example", "GP"));
		org.assertj.core.api.Assertions
			.assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> fixture.build("hub", false, true)))
			.hasMessageContaining(fixture.file("hub.md") + ":2: published page has no clinical sign-off")
			.message()
			.doesNotContain("causes.md")
			.doesNotContain("new-page.md");
	}

	@Test
	void aReviewerNeedsANameAndARole() {
		ContentFixture fixture = fixture("draft").write("causes.md", """
				---
				title: Causes
				summary: Why.
				category: causes
				reviewed-by: {name: Dr Test Example}
				---
				Back to the [hub](hub.md).
				""");
		assertThat(fixture.problems("hub")).containsExactly(fixture.problem("causes.md", 5,
				"'reviewed-by' must give the clinician's 'name' and 'role', such as {name: Dr A Patel, role: GP}"));
	}

	@Test
	void pageHistoryIsNewestFirst() {
		ContentFixture fixture = fixture("draft").write("causes.md", """
				---
				title: Causes
				summary: Why.
				category: causes
				reviewed: 2026-06-01
				changes:
				  - {date: 2026-01-10, kind: clinical, summary: Added the advice on salt.}
				  - {date: 2026-07-02, kind: editorial, summary: Shorter sentences.}
				---
				Back to the [hub](hub.md).
				""");
		assertThat(fixture.build("hub").article("causes").orElseThrow().changes()).extracting(PageChange::summary)
			.containsExactly("Shorter sentences.", "Added the advice on salt.");
	}

	@Test
	void aClinicalChangeAfterTheLastReviewIsAProblemWithItsLine() {
		ContentFixture fixture = fixture("draft").write("causes.md", """
				---
				title: Causes
				summary: Why.
				category: causes
				reviewed: 2026-06-01
				changes:
				  - date: 2026-07-02
				    kind: clinical
				    summary: New advice on stretching.
				  - {date: 2026-07-03, kind: typo, summary: Spelling.}
				---
				Back to the [hub](hub.md).
				""");
		assertThat(fixture.problems("hub")).containsExactly(fixture
			.problem("causes.md", 7, "clinical change of 2026-07-02 is after the page was last reviewed "
					+ "(2026-06-01): a clinical change needs a review; set 'reviewed' once the page has been checked"),
				fixture.problem("causes.md", 10, "unknown change kind 'typo' (use one of: clinical, editorial)"));
	}

}
