package com.legspasms.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.legspasms.content.ContentLayout;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Misspellings as readers type them, and the word each meant, over the real content: at
 * least 38 of the 40 must be corrected to the word meant, at least half of them without
 * the help of the reader-vocabulary list ({@code content/reader-words.txt}).
 */
@SpringBootTest
class SpellingTest {

	/** Typed | the word meant. */
	static final String TABLE = """
			cramps at nite        | night
			charlie horse         | charley
			tonite                | tonight
			leg crams             | cramps
			cramsp                | cramps
			kramps                | cramps
			muscel spasms         | muscle
			spazm                 | spasm
			magnesum              | magnesium
			potasium              | potassium
			pregnacy              | pregnancy
			dehydation            | dehydration
			restles legs          | restless
			stenosys              | stenosis
			siatica               | sciatica
			claudicaton           | claudication
			periferal artery      | peripheral
			quinin                | quinine
			electrolite           | electrolyte
			calv muscle           | calf
			thigth pain           | thigh
			excercise             | exercise
			treatmant             | treatment
			symtoms               | symptoms
			simptoms              | symptoms
			docter                | doctor
			medecine              | medicine
			stattins              | statins
			streching             | stretching
			numbnes               | numbness
			tingeling             | tingling
			circulaton            | circulation
			thrombosys            | thrombosis
			calcuim               | calcium
			vitamen               | vitamin
			masage                | massage
			nocturnel cramps      | nocturnal
			ankel                 | ankle
			sleap                 | sleep
			hedache               | headache
			""";

	@Autowired
	SearchService search;

	@Test
	void atLeast38Of40MisspellingsAreCorrectedToTheWordMeant() {
		List<String> misses = new ArrayList<>();
		List<String[]> rows = rows();
		for (String[] row : rows) {
			String correction = this.search.correction(row[0]);
			if (correction == null || !Arrays.asList(correction.split(" ")).contains(row[1])) {
				misses.add(row[0] + " -> " + correction + " (meant " + row[1] + ")");
			}
		}
		assertThat(rows).hasSize(40);
		assertThat(misses).as("misspellings not corrected to the word meant").hasSizeLessThanOrEqualTo(2);
	}

	@Test
	void atLeastHalfTheMisspellingsAreNotInTheReaderVocabulary() throws IOException {
		List<String> vocabulary = Files.readAllLines(Path.of("content", ContentLayout.READER_WORDS))
			.stream()
			.filter((line) -> line.contains("=>"))
			.map((line) -> line.substring(0, line.indexOf("=>")).strip().toLowerCase(Locale.ROOT))
			.toList();
		long notInVocabulary = rows().stream()
			.filter((row) -> vocabulary.stream().noneMatch((typed) -> (" " + row[0] + " ").contains(" " + typed + " ")))
			.count();
		assertThat(notInVocabulary).isGreaterThanOrEqualTo(20);
	}

	@Test
	void theNameOfAnOrganisationIsNeverSuggested() {
		assertThat(this.search.correction("nicee")).isNotEqualTo("nice");
		assertThat(this.search.correction("cramps at nite")).isEqualTo("cramps at night");
		assertThat(this.search.search("cramps at nite", 1).suggestion()).isEqualTo("cramps at night");
	}

	@Test
	void didYouMeanIsOfferedOnlyWhenTheCorrectionFindsClearlyBetterResults() {
		SearchResults typo = this.search.search("magnesum", 1);
		assertThat(typo.suggestion()).isEqualTo("magnesium");
		assertThat(typo.foundOnlyThroughCorrection()).isTrue();
		// "charlie horse" is already a synonym of "charley horse": correcting it would
		// find the same.
		SearchResults synonym = this.search.search("charlie horse", 1);
		assertThat(synonym.total()).isPositive();
		assertThat(synonym.suggestion()).isNull();
		assertThat(synonym.foundOnlyThroughCorrection()).isFalse();
	}

	private static List<String[]> rows() {
		return TABLE.lines()
			.filter((line) -> !line.isBlank())
			.map((line) -> line.split("\\|"))
			.map((cells) -> new String[] { cells[0].strip(), cells[1].strip() })
			.toList();
	}

}
