package com.legspasms.rendering;

import java.util.List;
import java.util.Map;

import com.legspasms.content.Urgency;
import com.legspasms.rendering.ArticleText.CareCard;
import com.legspasms.rendering.ArticleText.TextBlock;
import com.legspasms.rendering.ArticleText.TextBlock.Origin;
import com.legspasms.web.SiteUrls;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text model an article gets when it is rendered: what search, the editorial rules
 * and the content report read instead of the HTML.
 */
class ArticleTextTest {

	private final MarkdownRenderer markdown = new MarkdownRenderer(new SiteUrls());

	@Test
	void headingsKeepTheirLevelIdRenderedTextAndFileLine() {
		ArticleText text = this.markdown.render("""
				Lead.

				## When to see a doctor

				### "Night" cramps

				## When to see a doctor
				""", 5).text();
		assertThat(text.headings()).containsExactly(new Heading(2, "when-to-see-a-doctor", "When to see a doctor", 7),
				new Heading(3, "night-cramps", "\u201CNight\u201D cramps", 9),
				new Heading(2, "when-to-see-a-doctor-1", "When to see a doctor", 11));
		assertThat(text.heading("when-to-see-a-doctor").level()).isEqualTo(2);
		assertThat(text.heading("no-such-id")).isNull();
	}

	@Test
	void careCardsHaveTheirUrgencyTitleTextAndBlockName() {
		String dvt = this.markdown
			.renderCareBlock("dvt-signs", Urgency.URGENT, "Get urgent help if:", "- one leg swells\n", 1)
			.html();
		ArticleText text = this.markdown.render("""
				Lead.

				!!! see-doctor "See a GP if:"
				    - cramps wake you often

				!!! care dvt-signs

				!!! note
				    Stretching helps.
				""", 1, Map.of(), Map.of("dvt-signs", dvt)).text();
		assertThat(text.careCards()).containsExactly(
				new CareCard(CareCardKind.SEE_DOCTOR, "See a GP if:", List.of("See a GP if:", "cramps wake you often"),
						null),
				new CareCard(CareCardKind.URGENT, "Get urgent help if:",
						List.of("Get urgent help if:", "one leg swells"), "dvt-signs"),
				new CareCard(CareCardKind.NOTE, "Good to know", List.of("Good to know", "Stretching helps."), null));
		assertThat(text.hasCareCard(CareCardKind.URGENT)).isTrue();
		assertThat(text.hasCareCard(CareCardKind.EMERGENCY)).isFalse();
		assertThat(text.headings()).as("a card's title is not a heading of the article").isEmpty();
		assertThat(text.proseTexts()).containsExactly("Lead.");
		assertThat(text.plainText()).as("every block, cards included, on one line")
			.contains("Lead.")
			.contains("cramps wake you often");
	}

	@Test
	void ownWordsLeaveOutThePlacedCareBlocksButNotTheCardsWrittenInTheArticle() {
		String block = this.markdown
			.renderCareBlock("dvt-signs", Urgency.URGENT, "Get urgent help if:", "- one leg swells and hurts badly\n",
					1)
			.html();
		ArticleText text = this.markdown.render("""
				Cramps pass.

				!!! care dvt-signs

				!!! see-doctor "See a GP if:"
				    - cramps wake you
				""", 1, Map.of(), Map.of("dvt-signs", block)).text();
		assertThat(text.blocks()).extracting(TextBlock::origin)
			.containsExactly(Origin.PROSE, Origin.PLACED_CARE_BLOCK, Origin.PLACED_CARE_BLOCK, Origin.CARE_CARD,
					Origin.CARE_CARD);
		// "Cramps pass." + "See a GP if:" + "cramps wake you": 2 + 4 + 3 words, three
		// blocks.
		assertThat(text.ownReading())
			.isEqualTo(ReadingLevel.of(List.of("Cramps pass.", "See a GP if:", "cramps wake you")));
		assertThat(text.ownReading().words()).isEqualTo(9);
		assertThat(ReadingLevel.of(text.texts()).words()).isEqualTo(9 + 4 + 6);
	}

	@Test
	void tablesAndListsGiveOneBlockPerCellAndItemWithNestedBlocksOnce() {
		ArticleText text = this.markdown.render("""
				| Sign | What to do |
				| --- | --- |
				| Calf pain | Stretch |

				- first
				  - nested
				- second

				> quoted
				""", 1).text();
		assertThat(text.texts()).containsExactly("Sign", "What to do", "Calf pain", "Stretch", "first", "nested",
				"second", "quoted");
		assertThat(text.blocks()).extracting(TextBlock::origin).containsOnly(Origin.PROSE);
	}

	@Test
	void linksAreTheirTargetsAsRendered() {
		ArticleText text = this.markdown.render("See [the NHS](https://www.nhs.uk/) and <https://example.org>.", 1)
			.text();
		assertThat(text.links()).containsExactly("https://www.nhs.uk/", "https://example.org");
	}

	@Test
	void aRefusedBodyHasNoText() {
		ArticleText text = this.markdown.render(">".repeat(10_000) + " deep", 1).text();
		assertThat(text).isEqualTo(ArticleText.EMPTY);
	}

}
