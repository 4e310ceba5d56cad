package com.legspasms.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTextTest {

	@Test
	void missingOrBlankTextIsEmpty() {
		assertThat(SearchText.of(null).isEmpty()).isTrue();
		assertThat(SearchText.of("  \t\n ").isEmpty()).isTrue();
	}

	@Test
	void controlAndFormattingCharactersBecomeSpaces() {
		assertThat(SearchText.of("calf\u0000pain\u200Eat\u202Enight\r\n").value()).isEqualTo("calf pain at night");
	}

	@Test
	void longTextIsCutAtTheLimitWithoutSplittingACharacter() {
		String emoji = "\uD83E\uDDB5";
		SearchText text = SearchText.of(emoji.repeat(300));
		assertThat(text.wasShortened()).isTrue();
		assertThat(text.value().codePointCount(0, text.value().length())).isEqualTo(SearchText.MAX_LENGTH);
		assertThat(text.value()).isEqualTo(emoji.repeat(SearchText.MAX_LENGTH));
		assertThat(SearchText.of("cramp").wasShortened()).isFalse();
	}

	@Test
	void rightToLeftAndAccentedTextIsKept() {
		assertThat(SearchText.of("تشنج العضلات").value()).isEqualTo("تشنج العضلات");
		assertThat(SearchText.of("crampe à la jambe").value()).isEqualTo("crampe à la jambe");
	}

}
