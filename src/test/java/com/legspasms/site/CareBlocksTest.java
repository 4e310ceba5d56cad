package com.legspasms.site;

import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shared care blocks: written once in {@code content/care/}, placed by articles with
 * {@code !!! care NAME}, and refused with their file and line when used wrongly.
 */
class CareBlocksTest {

	private static final String CLOT_BLOCK = """
			---
			urgency: urgent
			title: "Ask for an urgent GP appointment or call 111 if:"
			reviewed: 2026-11-29
			home: clots
			sources:
			  - title: "NHS: DVT"
			    url: https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/
			---
			- you have throbbing pain in your calf or your thigh, in one leg
			- one leg is swollen
			""";

	@TempDir
	Path dir;

	private ContentFixture fixture() {
		return new ContentFixture(this.dir).careBlock("clot-signs", CLOT_BLOCK)
			.article("hub", "Hub", "overview", "Some text.\n\n!!! care clot-signs\n\nMore text.")
			.write("clots.md", """
					---
					title: Clots
					summary: About clots.
					category: causes
					sources:
					  - title: "NHS: DVT"
					    url: https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/
					  - title: "Mayo Clinic: DVT"
					    url: https://www.mayoclinic.org/diseases-conditions/deep-vein-thrombosis/symptoms-causes/syc-20352557
					---
					A clot can give you throbbing pain in your calf or your thigh, in one leg, and one leg is swollen.

					!!! care clot-signs
					""");
	}

	@Test
	void aPlacedBlockShowsAsItsCardOnEveryPageThatPlacesIt() {
		SiteSnapshot site = fixture().build("hub");
		for (String slug : new String[] { "hub", "clots" }) {
			Document page = Jsoup.parseBodyFragment(site.article(slug).orElseThrow().bodyHtml());
			Element card = page.selectFirst("[data-care-block=clot-signs]");
			assertThat(card).as(slug).isNotNull();
			assertThat(card.classNames()).contains("care-card", "care-card--urgent");
			assertThat(card.selectFirst("h3").text()).endsWith("Ask for an urgent GP appointment or call 111 if:");
			assertThat(card.select("li")).extracting(Element::text)
				.containsExactly("you have throbbing pain in your calf or your thigh, in one leg", "one leg is swollen");
			assertThat(page.text()).doesNotContain("!!! care");
		}
		assertThat(site.careBlock("clot-signs").orElseThrow().urgency().key()).isEqualTo("urgent");
		assertThat(site.placements(site.careBlock("clot-signs").orElseThrow())).extracting(Article::slug)
			.containsExactlyInAnyOrder("hub", "clots");
	}

	@Test
	void aBlocksSourcesJoinTheSourcesOfEveryPageThatPlacesItOnce() {
		SiteSnapshot site = fixture().build("hub");
		assertThat(site.article("hub").orElseThrow().sources()).extracting("title").containsExactly("NHS: DVT");
		assertThat(site.article("clots").orElseThrow().sources()).extracting("title")
			.containsExactly("NHS: DVT", "Mayo Clinic: DVT");
	}

	@Test
	void anUnknownBlockNameIsRefusedWithItsLine() {
		ContentFixture fixture = fixture().article("other", "Other", "causes", "Text.\n\n!!! care clot-sign\n");
		assertThat(fixture.problems("hub")).containsExactly(fixture.problem("other.md", 8,
				"unknown care block 'clot-sign' (known blocks: clot-signs)"));
	}

	@Test
	void aPlacementMustStandOnALineOfItsOwn() {
		ContentFixture fixture = fixture().article("other", "Other", "causes", "Text.\n\n!!! care clot-signs\nmore words\n");
		assertThat(fixture.problems("hub")).containsExactly(fixture.problem("other.md", 8,
				"'!!! care clot-signs' must be on a line of its own: leave a blank line after it"));
	}

	@Test
	void aBlockMissingAFieldIsRefusedWithItsFileAndLine() {
		ContentFixture fixture = fixture().careBlock("broken", """
				---
				urgency: soon
				home: nowhere
				triggers: []
				---
				- a sign
				""");
		assertThat(fixture.problems("hub")).containsExactlyInAnyOrder(
				fixture.careProblem("broken", 2, "unknown urgency 'soon' (use one of: see-doctor, urgent, emergency)"),
				fixture.careProblem("broken", 2, "missing required field 'title'"),
				fixture.careProblem("broken", 2, "missing required field 'reviewed'"),
				fixture.careProblem("broken", 2, "missing required field 'sources'"),
				fixture.careProblem("broken", 4, "'triggers' must be a list of short phrases, one '- phrase' per line"));
	}

	@Test
	void aBlockWhoseHomeIsNoArticleIsRefused() {
		ContentFixture fixture = fixture().careBlock("clot-signs", CLOT_BLOCK.replace("home: clots", "home: clot"));
		assertThat(fixture.problems("hub")).containsExactly(fixture.careProblem("clot-signs", 5,
				"'home' names 'clot' but there is no article with that slug"));
	}

	@Test
	void anEmptyBlockOrOneWithAHeadingIsRefused() {
		ContentFixture fixture = fixture().careBlock("empty", CLOT_BLOCK.substring(0, CLOT_BLOCK.indexOf("- you")))
			.careBlock("headed", CLOT_BLOCK.replace("- one leg is swollen", "## Signs\n\n- one leg is swollen"));
		assertThat(fixture.problems("hub")).containsExactlyInAnyOrder(
				fixture.careProblem("empty", 10, "care block is empty: write its list of signs below the front matter"),
				fixture.careProblem("headed", 11,
						"a care block holds only its list of signs: no headings (the card's heading is its 'title')"));
	}

	@Test
	void anArticleThatCopiesABlocksWordsInsteadOfPlacingItIsRefused() {
		ContentFixture fixture = fixture().article("copier", "Copier", "causes", """
				Some text of its own.

				!!! urgent "Get help if:"
				    - You have throbbing pain in your calf or your thigh, in one leg.
				""");
		assertThat(fixture.problems("hub")).containsExactly(fixture.problem("copier.md", 8,
				"repeats the words of care block 'clot-signs' (\"if you have throbbing pain in\u2026\"): "
						+ "place the block with the line '!!! care clot-signs' instead of copying it"));
	}

	@Test
	void elevenSharedWordsAreNotACopy() {
		ContentFixture fixture = fixture().article("other", "Other", "causes",
				"Did you have throbbing pain in your calf or your thigh, in the night?\n");
		assertThat(fixture.build("hub").article("other")).isPresent();
	}

}
