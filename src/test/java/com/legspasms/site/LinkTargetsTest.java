package com.legspasms.site;

import java.nio.file.Path;

import com.legspasms.content.ContentProblem;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Links as writers copy them: from an address bar (percent-encoded), with a trailing
 * slash, or naming a heading id that is nearly right.
 */
class LinkTargetsTest {

	@TempDir
	Path dir;

	@Test
	void aPercentEncodedAnchorCopiedFromAnAddressBarResolves() {
		ContentFixture content = new ContentFixture(this.dir)
			.article("hub", "Hub", "overview", "See [the French heading](other.md#crampes-%C3%A0-la-jambe).")
			.article("other", "Other", "causes", "## Crampes à la jambe\n\nText.\n");
		assertThat(content.build("hub").article("other").orElseThrow().contents()).extracting("id")
			.containsExactly("crampes-à-la-jambe");
	}

	@Test
	void aMissingAnchorIsReportedWithTheNearestExistingId() {
		ContentFixture content = new ContentFixture(this.dir)
			.article("hub", "Hub", "overview", "See [stretches](other.md#stretch-the-calf).")
			.article("other", "Other", "causes", "## Stretch_the calf\n\n## Symptoms\n");
		assertThat(content.problems("hub")).extracting(ContentProblem::toString)
			.containsExactly(
					content.file("hub.md") + ":6: link to 'other.md#stretch-the-calf': article 'other' has no heading "
							+ "with the id 'stretch-the-calf' (did you mean '#stretch_the-calf'?)");
	}

	@Test
	void bareWwwAndEmailAddressesAreLinksNotArticleLinks() {
		ContentFixture content = new ContentFixture(this.dir)
			.article("hub", "Hub", "overview", "See www.nhs.uk/conditions. Email gp@example.org for help.")
			.article("other", "Other", "causes", "## Part\n");
		String html = content.build("hub").hub().bodyHtml();
		assertThat(Jsoup.parseBodyFragment(html).select("a").eachAttr("href"))
			.containsExactly("http://www.nhs.uk/conditions", "mailto:gp@example.org");
	}

	@Test
	void relativePathsGitHubResolvesToAnArticleAreRewrittenFromArticlesAndCareBlocks() {
		ContentFixture content = new ContentFixture(this.dir).careBlock("clot-signs", """
				---
				urgency: urgent
				title: "Ask for an urgent GP appointment or call 111 if:"
				reviewed: 2026-11-29
				sources:
				  - title: "NHS: DVT"
				    url: https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/
				---
				- one leg is swollen ([why](../articles/other.md#part))
				""").article("hub", "Hub", "overview", """
				See [one](../articles/other.md), [two](./other.md#part), [three](../articles/./other.md#part)
				and [four](other.md).

				!!! care clot-signs
				""").article("other", "Other", "causes", "## Part\n");
		org.jsoup.nodes.Document html = Jsoup.parseBodyFragment(content.build("hub").hub().bodyHtml());
		assertThat(html.select("p a").eachAttr("href")).containsExactly("/articles/other", "/articles/other#part",
				"/articles/other#part", "/articles/other");
		assertThat(html.select("[data-care-block] a").eachAttr("href")).containsExactly("/articles/other#part");
	}

	@Test
	void aRelativePathOutsideTheArticlesOrInTheWrongCaseIsRefusedWithWhatToWrite() {
		ContentFixture content = new ContentFixture(this.dir).article("hub", "Hub", "overview", """
				See [one](../care/other.md), [two](../../other.md), [three](Other.md#part)
				and [four](../articles/missing.md#part) and [five](../articles/other.md#nope).
				""").article("other", "Other", "causes", "## Part\n");
		assertThat(content.problems("hub")).extracting(ContentProblem::toString)
			.containsExactly(
					content.file("hub.md")
							+ ":6: link to '../care/other.md' leads outside content/articles: link to another "
							+ "article by its file name, such as spinal-stenosis.md",
					content.file("hub.md")
							+ ":6: link to '../../other.md' leads outside content/articles: link to another "
							+ "article by its file name, such as spinal-stenosis.md",
					content.file("hub.md")
							+ ":6: link to 'Other.md#part' names no article: file names are case-sensitive "
							+ "(did you mean 'other.md'?)",
					content.file("hub.md") + ":7: link to '../articles/missing.md#part': there is no article 'missing'",
					content.file("hub.md")
							+ ":7: link to '../articles/other.md#nope': article 'other' has no heading with "
							+ "the id 'nope' (did you mean '#part'?)");
	}

	@Test
	void aSitePathWithATrailingSlashIsRewrittenWithout() {
		ContentFixture content = new ContentFixture(this.dir)
			.article("hub", "Hub", "overview", "See [other](/articles/other/) and [its part](/articles/other/#part).")
			.article("other", "Other", "causes", "## Part\n");
		String html = content.build("hub").hub().bodyHtml();
		assertThat(Jsoup.parseBodyFragment(html).select("a").eachAttr("href")).containsExactly("/articles/other",
				"/articles/other#part");
	}

}
