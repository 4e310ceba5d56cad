package com.legspasms.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.legspasms.site.CareBlock;
import com.legspasms.site.CareTriggerSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The care cards a worried reader sees above the results, for queries written as such readers
 * write them, over the real articles and synonyms with the care blocks of {@link CareTriggerSite}.
 */
@SpringBootTest(properties = { "site.content-dir=" + CareTriggerSite.DIR, "site.watch.enabled=false" })
class CareTriggersTest {

	/** Query | the blocks that must show above the results, in order, or none. */
	static final String TABLE = """
			swollen calf and chest pain                  | clot-in-lungs clot-signs
			leg gone cold and white                      | cold-leg
			chest pain                                   | clot-in-lungs
			my calf is swollen and hurts                 | clot-signs
			chest pains after a long flight              | clot-in-lungs
			coughing up blood                            | clot-in-lungs
			coughed blood this morning                   | clot-in-lungs
			can't breathe properly                       | clot-in-lungs
			really breathless when I walk                | clot-in-lungs
			chest pian                                   | clot-in-lungs
			pain in my chest and calf is red             | clot-in-lungs clot-signs
			swolen calf                                  | clot-signs
			SWOLLEN LEG AFTER FLIGHT                     | clot-signs
			calf is red and warm                         | clot-signs
			throbbing pain in calf                       | clot-signs
			DVT                                          | clot-signs
			is it a blood clot                           | clot-signs
			deep vein thrombosis symptoms                | clot-signs
			my foot is cold and numb                     | cold-leg
			leg turned blue                              | cold-leg
			pale cold legs                               | cold-leg
			leg white and cold suddenly                  | cold-leg
			cant pee and back pain                       | cauda-equina
			cannot pee                                   | cauda-equina
			numbness in my bottom                        | cauda-equina
			back pain numb between my legs               | cauda-equina
			lost control of my bladder                   | cauda-equina
			stiff jaw after cut                          | tetanus
			my jaw is stiff and my legs cramp            | tetanus
			lockjaw                                      | tetanus
			stif jaw                                     | tetanus
			jaw feels locked                             | tetanus
			dark urine after running                     | muscle-breakdown
			dark pee and sore legs                       | muscle-breakdown
			brown urine cramps                           | muscle-breakdown
			muscles very weak after gym                  | muscle-breakdown
			swollen calf, cold foot and chest pain       | clot-in-lungs cold-leg
			calf cramp at night                          | none
			leg cramps                                   | none
			cramp in my foot                             | none
			restless legs in bed                         | none
			stretches for tight calves                   | none
			what causes cramps                           | none
			magnesium for cramps                         | none
			legs hurt when walking                       | none
			sore calf after running                      | none
			cramps when pregnant                         | none
			cramp every night                            | none
			cramps wake me up                            | none
			chest                                        | none
			cold water swimming cramp                    | none
			""";

	static {
		CareTriggerSite.prepare();
	}

	@Autowired
	SearchService search;

	@ParameterizedTest(name = "\"{0}\" shows [{1}]")
	@CsvSource(delimiter = '|', nullValues = "none", textBlock = TABLE)
	void triggersShowTheRightCardsAboveTheResults(String query, String expected) {
		List<String> shown = this.search.search(query, 1).careBlocks().stream().map(CareBlock::name).toList();
		List<String> wanted = (expected != null) ? Arrays.asList(expected.split(" ")) : List.of();
		assertThat(shown).as("cards for \"%s\"", query).containsExactlyElementsOf(wanted);
	}

	@Test
	void cardsShowWhenNoArticleMatches() {
		SearchResults results = this.search.search("lockjaw", 1);
		assertThat(results.total()).isZero();
		assertThat(results.careBlocks()).extracting(CareBlock::name).containsExactly("tetanus");
	}

	@Test
	void atMostTwoCardsShowTheMostUrgentFirst() {
		SearchResults results = this.search.search("swollen calf, dark urine, stiff jaw and cannot pee", 1);
		assertThat(results.careBlocks()).extracting(CareBlock::name).containsExactly("cauda-equina", "tetanus");
	}

	@Test
	void atLeastHalfTheQueriesAreNotCopiedFromATrigger() throws IOException {
		List<String> triggers;
		try (Stream<Path> files = Files.list(CareTriggerSite.BLOCKS)) {
			triggers = files.flatMap((file) -> read(file).lines())
				.filter((line) -> line.startsWith("  - ") && !line.contains(": "))
				.map((line) -> line.substring(4).strip().toLowerCase(Locale.ROOT))
				.toList();
		}
		List<String> queries = TABLE.lines()
			.filter((line) -> !line.isBlank())
			.map((line) -> line.split("\\|")[0].strip().toLowerCase(Locale.ROOT))
			.toList();
		assertThat(queries).hasSizeGreaterThanOrEqualTo(40);
		assertThat(queries.stream().filter((query) -> !triggers.contains(query)).count())
			.isGreaterThanOrEqualTo(queries.size() / 2);
		assertThat(TABLE.lines().filter((line) -> line.endsWith("| none")).count()).isGreaterThanOrEqualTo(10);
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
