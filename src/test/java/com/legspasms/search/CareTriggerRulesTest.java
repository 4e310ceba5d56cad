package com.legspasms.search;

import java.nio.file.Path;

import com.legspasms.content.ContentLayout;
import com.legspasms.site.CareBlock;
import com.legspasms.site.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of {@link CareTriggers} that the real content cannot show: a see-doctor block
 * is never shown above results, even with triggers; and what counts as one typo.
 */
class CareTriggerRulesTest {

	@TempDir
	Path dir;

	@Test
	void seeDoctorBlocksAreNeverShownEvenWhenTheirTriggersMatch() {
		SearchIndex index = SearchIndex.build(new ContentFixture(this.dir).careBlock("gp", block("see-doctor"))
			.careBlock("today", block("urgent"))
			.article("hub", "Leg cramps", "overview", "Cramps in the calf at night.")
			.build("hub"), SearchService.analyzers(Path.of("content", ContentLayout.SYNONYMS)));
		assertThat(index.search(SearchText.of("cramps every night"), 1).careBlocks()).extracting(CareBlock::name)
			.containsExactly("today");
	}

	@Test
	void oneTypoIsALetterAddedDroppedChangedOrTwoSwappedNeverTheFirstNorInShortWords() {
		assertThat(CareTriggers.oneTypoApart("swollen", "swolen")).isTrue();
		assertThat(CareTriggers.oneTypoApart("pain", "pian")).isTrue();
		assertThat(CareTriggers.oneTypoApart("stiff", "stif")).isTrue();
		assertThat(CareTriggers.oneTypoApart("chest", "chesty")).isTrue();
		assertThat(CareTriggers.oneTypoApart("pain", "pain")).isFalse();
		assertThat(CareTriggers.oneTypoApart("cold", "bold")).isFalse();
		assertThat(CareTriggers.oneTypoApart("leg", "log")).isFalse();
		assertThat(CareTriggers.oneTypoApart("swollen", "swollne")).isTrue();
		assertThat(CareTriggers.oneTypoApart("chest", "chsst")).isTrue();
		assertThat(CareTriggers.oneTypoApart("chest", "cheese")).isFalse();
	}

	private static String block(String urgency) {
		return """
				---
				urgency: %s
				title: "Get help if:"
				reviewed: 2026-11-29
				sources:
				  - title: "NHS: Leg cramps"
				    url: https://www.nhs.uk/conditions/leg-cramps/
				triggers:
				  - cramp every night
				---
				- cramps wake you every night
				""".formatted(urgency);
	}

}
