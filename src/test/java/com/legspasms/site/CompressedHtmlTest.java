package com.legspasms.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An article's body comes back exactly as rendered, whatever it holds, and takes less
 * memory than the HTML.
 */
class CompressedHtmlTest {

	@ParameterizedTest
	@ValueSource(strings = { "", "<p>Calf cramps</p>", "<p>It’s “sudden” – café, naïve, 脚, 🦵 and \u0000 too</p>",
			"<p>\r\n\t</p>" })
	void givesBackTheSameHtml(String html) {
		assertThat(CompressedHtml.of(html).html()).isEqualTo(html);
	}

	@Test
	void givesBackALargeBodyAndHoldsItInLessSpace() {
		StringBuilder html = new StringBuilder();
		for (int i = 0; html.length() < 2_000_000; i++) {
			html.append("<p>Cramp number ").append(i).append(" eased after a gentle stretch.</p>\n");
		}
		CompressedHtml compressed = CompressedHtml.of(html.toString());
		assertThat(compressed.html()).isEqualTo(html.toString());
		assertThat(compressed.deflatedSize()).isLessThan(html.length() / 3);
	}

	@Test
	void equalHtmlIsEqual() {
		assertThat(CompressedHtml.of("<p>a</p>")).isEqualTo(CompressedHtml.of("<p>a</p>"))
			.hasSameHashCodeAs(CompressedHtml.of("<p>a</p>"))
			.isNotEqualTo(CompressedHtml.of("<p>b</p>"));
	}

}
