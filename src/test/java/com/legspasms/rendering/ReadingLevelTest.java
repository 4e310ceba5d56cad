package com.legspasms.rendering;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ReadingLevelTest {

	@ParameterizedTest
	@CsvSource({ "cat, 1", "cramp, 1", "muscle, 2", "water, 2", "stretching, 2", "doctor, 2", "happy, 2", "medicine, 3",
			"electrolyte, 4", "peripheral, 4" })
	void syllablesAreEstimatedFromVowelGroups(String word, int syllables) {
		assertThat(ReadingLevel.syllables(word)).isEqualTo(syllables);
	}

	@Test
	void countsWordsSentencesAndSyllablesOfTheRenderedText() {
		ReadingLevel level = ReadingLevel.ofHtml("<p>The cat sat. The dog ran!</p>");
		assertThat(level).isEqualTo(new ReadingLevel(6, 2, 6));
		assertThat(level.grade()).isCloseTo(0.39 * 3 + 11.8 * 1 - 15.59, within(0.001));
	}

	@Test
	void eachBlockIsAtLeastOneSentenceAndNestedBlocksCountOnce() {
		ReadingLevel level = ReadingLevel.ofHtml("""
				<h2>When to see a doctor</h2>
				<ul><li><p>cramps wake you</p><ul><li>often</li></ul></li></ul>
				<table><tr><td>calf pain</td></tr></table>
				""");
		assertThat(level.words()).isEqualTo(11);
		assertThat(level.sentences()).isEqualTo(4);
	}

	@Test
	void textHiddenFromSightIsLeftOut() {
		ReadingLevel level = ReadingLevel
			.ofHtml("<h3><span class=\"visually-hidden\">Non-urgent advice: </span>See a doctor if:</h3>");
		assertThat(level.words()).isEqualTo(4);
	}

	@Test
	void longWordsAndLongSentencesRaiseTheGrade() {
		double plain = ReadingLevel.ofHtml("<p>Cramps hurt. They pass. Stretch the calf. Walk a bit.</p>").grade();
		double dense = ReadingLevel
			.ofHtml("<p>Nocturnal idiopathic musculoskeletal contractions "
					+ "characteristically necessitate comprehensive physiological evaluation and individualised "
					+ "pharmacological consideration.</p>")
			.grade();
		assertThat(plain).isLessThan(3);
		assertThat(dense).isGreaterThan(16);
	}

}
