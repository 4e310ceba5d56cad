package com.legspasms.site;

import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
			.write("clots.md",
					"""
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
		SiteSnapshot snapshot = fixture().build("hub");
		for (String slug : new String[] { "hub", "clots" }) {
			Document page = Jsoup.parseBodyFragment(snapshot.article(slug).orElseThrow().bodyHtml());
			Element card = page.selectFirst("[data-care-block=clot-signs]");
			assertThat(card).as(slug).isNotNull();
			assertThat(card.classNames()).contains("care-card", "care-card--urgent");
			assertThat(card.selectFirst("h3").text()).endsWith("Ask for an urgent GP appointment or call 111 if:");
			assertThat(card.select("li")).extracting(Element::text)
				.containsExactly("you have throbbing pain in your calf or your thigh, in one leg",
						"one leg is swollen");
			assertThat(page.text()).doesNotContain("!!! care");
		}
		assertThat(snapshot.careBlock("clot-signs").orElseThrow().urgency().key()).isEqualTo("urgent");
		assertThat(snapshot.placements(snapshot.careBlock("clot-signs").orElseThrow())).extracting(Article::slug)
			.containsExactlyInAnyOrder("hub", "clots");
	}

	@Test
	void listsNestedInABlockNestOnThePagesThatPlaceIt() {
		SiteSnapshot snapshot = fixture().careBlock("clot-signs", CLOT_BLOCK.replace("- one leg is swollen\n", """
				- one leg is swollen
				  - or both legs
				    1. and warm
				""")).build("hub");
		Element card = Jsoup.parseBodyFragment(snapshot.article("hub").orElseThrow().bodyHtml())
			.selectFirst("[data-care-block=clot-signs] .care-card__body");
		assertThat(card.select("> ul > li")).hasSize(2);
		assertThat(card.select("> ul > li > ul > li")).extracting(Element::ownText).containsExactly("or both legs");
		assertThat(card.select("> ul > li > ul > li > ol > li")).extracting(Element::text).containsExactly("and warm");
	}

	@Test
	void listsNestedInACardWrittenInAnArticleNest() {
		SiteSnapshot snapshot = fixture().article("other", "Other", "causes", """
				Some text.

				!!! see-doctor "See a GP if:"
				    1. your cramps last a long time
				        - or come back often
				    2. you have weakness

				        It may come and go.

				        - in one leg
				""").build("hub");
		Element card = Jsoup.parseBodyFragment(snapshot.article("other").orElseThrow().bodyHtml())
			.selectFirst(".care-card__body");
		assertThat(card.select("> ol > li")).hasSize(2);
		assertThat(card.select("> ol > li > ul > li")).extracting(Element::text)
			.containsExactly("or come back often", "in one leg");
		assertThat(card.select("> ol > li > p")).extracting(Element::text)
			.containsExactly("your cramps last a long time", "you have weakness", "It may come and go.");
	}

	@Test
	void aBlocksSourcesJoinTheSourcesOfEveryPageThatPlacesItOnce() {
		SiteSnapshot snapshot = fixture().build("hub");
		assertThat(snapshot.article("hub").orElseThrow().sources()).extracting("title").containsExactly("NHS: DVT");
		assertThat(snapshot.article("clots").orElseThrow().sources()).extracting("title")
			.containsExactly("NHS: DVT", "Mayo Clinic: DVT");
	}

	@Test
	void anUnknownBlockNameIsRefusedWithItsLine() {
		ContentFixture fixture = fixture().article("other", "Other", "causes", "Text.\n\n!!! care clot-sign\n");
		assertThat(fixture.problems("hub")).containsExactly(
				fixture.problem("other.md", 8, "unknown care block 'clot-sign' (known blocks: clot-signs)"));
	}

	@Test
	void aPlacementWithoutABlockNameAsksForTheNameAndListsTheKnownBlocks() {
		ContentFixture fixture = fixture().article("other", "Other", "causes",
				"Text.\n\n!!! care\n\nMore.\n\n!!! Care \"Signs of a clot\"\n");
		String message = "a care block placement needs the block's name: write '!!! care NAME' on a line of its own "
				+ "(known blocks: clot-signs)";
		assertThat(fixture.problems("hub")).containsExactly(fixture.problem("other.md", 8, message),
				fixture.problem("other.md", 12, message));
	}

	@Test
	void aPlacementMustStandOnALineOfItsOwn() {
		ContentFixture fixture = fixture().article("other", "Other", "causes",
				"Text.\n\n!!! care clot-signs\nmore words\n");
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
				fixture.careProblem("broken", 2, "missing required field 'sources'"), fixture.careProblem("broken", 4,
						"'triggers' must be a list of short phrases, one '- phrase' per line"));
	}

	@Test
	void aBlockWhoseHomeIsNoArticleIsRefused() {
		ContentFixture fixture = fixture().careBlock("clot-signs", CLOT_BLOCK.replace("home: clots", "home: clot"));
		assertThat(fixture.problems("hub")).containsExactly(
				fixture.careProblem("clot-signs", 5, "'home' names 'clot' but there is no article with that slug"));
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
		assertThat(fixture.problems("hub")).containsExactly(fixture.problem("copier.md", 9,
				"repeats the words of care block 'clot-signs' (\"you have throbbing pain in your\u2026\"): "
						+ "place the block with the line '!!! care clot-signs' instead of copying it"));
	}

	@Test
	void aCopyIsFoundWhateverTheCaseTheApostropheOrTheLineBreaks() {
		ContentFixture fixture = fixture()
			.careBlock("clot-signs",
					CLOT_BLOCK.replace("- one leg is swollen",
							"- you can\u2019t put weight on it and the \u00D6dem in your calf is getting worse"))
			.article("copier", "Copier", "causes", """
					Some text of its own, with 1\u00BD words.

					YOU CAN'T put weight on it and the \u00F6dem
					in your calf is getting worse.
					""");
		assertThat(fixture.problems("hub")).containsExactly(fixture.problem("copier.md", 8,
				"repeats the words of care block 'clot-signs' (\"you can't put weight on it\u2026\"): "
						+ "place the block with the line '!!! care clot-signs' instead of copying it"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "6|You have throbbing pain in your calf or your thigh, in one leg.",
			"8|First line of its own words.\nSecond line of its own words.\n"
					+ "Then they have throbbing pain in your calf or your thigh, in one leg" })
	void aCopyIsFoundAsTheFirstOrTheLastWordsOfAnArticle(String lineAndBody) {
		String[] parts = lineAndBody.split("\\|", 2);
		ContentFixture fixture = fixture().article("copier", "Copier", "causes", parts[1] + "\n");
		String phrase = parts[1].startsWith("You") ? "you have throbbing pain in your"
				: "have throbbing pain in your calf";
		assertThat(fixture.problems("hub")).containsExactly(fixture.problem("copier.md", Integer.parseInt(parts[0]),
				"repeats the words of care block 'clot-signs' (\"" + phrase + "\u2026\"): "
						+ "place the block with the line '!!! care clot-signs' instead of copying it"));
	}

	@Test
	void elevenSharedWordsAreNotACopy() {
		ContentFixture fixture = fixture().article("other", "Other", "causes",
				"Did you have throbbing pain in your calf or your thigh, in the night?\n");
		assertThat(fixture.build("hub").article("other")).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "!!!care clot-signs", "!!! Care clot-signs", "!!! care: clot-signs", "!! care clot-signs",
			"!!! care clot signs", "!!! care clot-signs \"See a GP if\"" })
	void aNearMissOfAPlacementIsRefusedNotShownAsText(String line) {
		ContentFixture fixture = fixture().article("other", "Other", "causes", "Text.\n\n" + line + "\n");
		assertThat(fixture.problems("hub")).containsExactly(fixture.problem("other.md", 8, "'" + line
				+ "' is not a care block placement: write '!!! care NAME' exactly, with the block's file name in "
				+ "lower case, such as '!!! care dvt-signs'"));
	}

	@Test
	void aBlockPlacedTwiceOnOnePageIsRefused() {
		ContentFixture fixture = fixture().article("other", "Other", "causes",
				"Text.\n\n!!! care clot-signs\n\nMore.\n\n!!! care clot-signs\n");
		assertThat(fixture.problems("hub")).containsExactly(
				fixture.problem("other.md", 12, "care block 'clot-signs' is already placed on this page at line 8"));
	}

	@Test
	void aBrokenBlockIsReportedInItsOwnFileOnly() {
		ContentFixture fixture = fixture().careBlock("clot-signs",
				CLOT_BLOCK.replace("urgency: urgent", "urgency: soon"));
		assertThat(fixture.problems("hub")).containsExactly(fixture.careProblem("clot-signs", 2,
				"unknown urgency 'soon' (use one of: see-doctor, urgent, emergency)"));
	}

	@Test
	void aLinkFromABlockToAMissingHeadingIsRefused() {
		ContentFixture fixture = fixture().careBlock("clot-signs",
				CLOT_BLOCK.replace("- one leg is swollen", "- one leg is swollen ([more](clots.md#signs))"));
		assertThat(fixture.problems("hub")).containsExactly(fixture.careProblem("clot-signs", 11,
				"link to 'clots.md#signs': article 'clots' has no heading with the id 'signs'"));
	}

	@Test
	void aDeletedHomeIsOnlyReportedWhenLinksToMissingArticlesAreTolerated() throws Exception {
		ContentFixture fixture = fixture();
		java.nio.file.Files.delete(this.dir.resolve("articles/clots.md"));
		SiteSnapshot snapshot = fixture.buildTolerant("hub");
		assertThat(snapshot.linksToMissingArticles()).containsExactly(
				fixture.careProblem("clot-signs", 5, "'home' names 'clots' but there is no article with that slug"));
	}

	@Test
	void standardTitleWordingIsNotACopy() {
		ContentFixture fixture = fixture().article("other", "Other", "causes", """
				Text.

				!!! urgent "Ask for an urgent GP appointment or call 111 if:"
				    - your ankle is hot and swollen after a fall
				""");
		assertThat(fixture.build("hub").article("other")).isPresent();
	}

	@Test
	void cardsThatMixUrgenciesAreRefusedAtTheLineOfTheWord() {
		ContentFixture fixture = fixture().article("other", "Other", "causes", """
				Text.

				!!! see-doctor "See a GP today if:"
				    - cramps wake you

				!!! urgent "Get help the same day if:"
				    - you cannot walk; call 999 if you also faint

				!!! emergency "This is serious if:"
				    - your leg is cold
				""")
			.careBlock("calm", CLOT_BLOCK.replace("urgency: urgent", "urgency: see-doctor"))
			.careBlock("loud",
					CLOT_BLOCK.replace("- one leg is swollen", "- one leg is swollen; call 999 if it is cold"));
		assertThat(fixture.problems("hub")).containsExactlyInAnyOrder(fixture.problem("other.md", 8,
				"a see-doctor card must not say 'today': same-day and 999 advice belongs on an 'urgent' or 'emergency' card"),
				fixture.problem("other.md", 12,
						"an urgent card must not say '999': 999 and A&E advice belongs on an 'emergency' card"),
				fixture.problem("other.md", 14,
						"an emergency card must say what to do: call 999 (or 112 or 911), "
								+ "or go to A&E or the emergency department"),
				fixture.careProblem("calm", 10,
						"a see-doctor card must not say 'urgent', '111': same-day and 999 advice belongs on an 'urgent' or 'emergency' card"),
				fixture.careProblem("loud", 11,
						"an urgent card must not say '999': 999 and A&E advice belongs on an 'emergency' card"));
	}

}
