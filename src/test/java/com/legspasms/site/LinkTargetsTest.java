package com.legspasms.site;

import java.nio.file.Path;

import com.legspasms.content.ContentProblem;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Links as writers copy them: from an address bar (percent-encoded), with a trailing slash, or
 * naming a heading id that is nearly right.
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
			.containsExactly(content.file("hub.md") + ":6: link to 'other.md#stretch-the-calf': article 'other' has no heading "
					+ "with the id 'stretch-the-calf' (did you mean '#stretch_the-calf'?)");
	}

	@Test
	void bareWwwAndEmailAddressesAreLinksNotArticleLinks() {
		ContentFixture content = new ContentFixture(this.dir)
			.article("hub", "Hub", "overview", "See www.nhs.uk/conditions. Email gp@example.org for help.")
			.article("other", "Other", "causes", "## Part\n");
		String html = content.build("hub").hub().bodyHtml();
		assertThat(Jsoup.parseBodyFragment(html).select("a").eachAttr("href")).containsExactly("http://www.nhs.uk/conditions",
				"mailto:gp@example.org");
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
