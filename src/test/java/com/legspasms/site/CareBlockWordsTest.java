package com.legspasms.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The word scan behind the copied-care-block check finds exactly the words its regex
 * describes, and the rolling run hash equals the hash of each run computed afresh.
 */
class CareBlockWordsTest {

	/** Letters, digits and numbers of several kinds, apostrophes, and separators. */
	private static final String[] PIECES = { "a", "Z", "7", "é", "Ж", "ß", "Ⅻ", "½", "٣", "𝐀", "😀", "'", "\u2019",
			"-", " ", ".", "!", "\t", "_", "\u00a0", "can't", "don\u2019t", "x'", "'y", "a''b",
			// Hashes of every sign (this one's is Integer.MIN_VALUE), and unpaired
			// surrogates.
			"polygenelubricants", "electroencephalography", "\uD83D", "\uDE00", "\uD835x" };

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "Call 999 now", "you can't put weight on it", "l'été à Paris", "Ⅻ ½ ٣ 𝐀𝐁 😀x",
			"it's'' 'quoted' rock\u2019n\u2019roll", "a\u00a0b-c_d" })
	void findsTheWordsTheRegexFinds(String line) {
		assertThat(scanned(line)).isEqualTo(matched(line));
	}

	@Test
	void findsTheWordsTheRegexFindsInRandomText() {
		Random random = new Random(20261207);
		for (int round = 0; round < 2_000; round++) {
			StringBuilder line = new StringBuilder();
			for (int i = random.nextInt(30); i > 0; i--) {
				line.append(PIECES[random.nextInt(PIECES.length)]);
			}
			assertThat(scanned(line.toString())).as(line.toString()).isEqualTo(matched(line.toString()));
		}
	}

	@Test
	void theRollingHashOfEachRunEqualsItsHashComputedAfresh() {
		StringBuilder text = new StringBuilder();
		Random random = new Random(7);
		for (int i = 0; i < 400; i++) {
			text.append(PIECES[random.nextInt(PIECES.length)]).append(' ');
		}
		CareBlockChecks.Words words = CareBlockChecks.words(text.toString(), 1);
		assertThat(words.size()).isGreaterThan(2 * CareBlockChecks.COPIED_RUN);
		long hash = CareBlockChecks.runHash(words, 0);
		for (int i = 1; i + CareBlockChecks.COPIED_RUN <= words.size(); i++) {
			hash = CareBlockChecks.nextRunHash(hash, words, i - 1);
			assertThat(hash).as("run at word %d", i).isEqualTo(CareBlockChecks.runHash(words, i));
		}
	}

	private static List<String> scanned(String line) {
		CareBlockChecks.Words words = CareBlockChecks.words(line, 1);
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			texts.add(words.text(i));
		}
		return texts;
	}

	private static List<String> matched(String line) {
		List<String> texts = new ArrayList<>();
		Matcher matcher = CareBlockChecks.WORD.matcher(line);
		while (matcher.find()) {
			texts.add(matcher.group().toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\''));
		}
		return texts;
	}

}
