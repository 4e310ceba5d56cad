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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The care cards a worried reader sees above the results, for queries written as such
 * readers write them, over the real content: the triggers in {@code content/care/}, the
 * synonyms and the articles (whose words decide which typed words count as typos).
 */
@SpringBootTest
class CareTriggersTest {

	/** Query | the blocks that must show above the results, in order, or none. */
	static final String TABLE = """
			swollen calf and chest pain                  | pulmonary-embolism dvt-signs
			leg gone cold and white                      | acute-limb-ischaemia
			chest pain                                   | pulmonary-embolism
			my calf is swollen and hurts                 | dvt-signs
			chest pains after a long flight              | pulmonary-embolism
			coughing up blood                            | pulmonary-embolism
			coughed blood this morning                   | pulmonary-embolism
			can't breathe properly                       | pulmonary-embolism
			really breathless when I walk                | pulmonary-embolism
			heart racing and short of breath             | pulmonary-embolism
			chest pian                                   | pulmonary-embolism
			swolen calf                                  | dvt-signs
			SWOLLEN LEG AFTER FLIGHT                     | dvt-signs
			calf is red and warm                         | dvt-signs
			throbbing pain in calf                       | dvt-signs
			DVT                                          | dvt-signs
			is it a blood clot                           | dvt-signs
			deep vein thrombosis symptoms                | dvt-signs
			my foot is cold and blue                     | acute-limb-ischaemia
			leg turned pale                              | acute-limb-ischaemia
			swollen calf, cold foot and chest pain       | acute-limb-ischaemia pulmonary-embolism
			cant pee and back pain                       | cauda-equina
			numbness around my bottom                    | cauda-equina
			back pain numb between my legs               | cauda-equina
			lost control of my bladder                   | cauda-equina
			sciatica in both legs                        | cauda-equina
			stiff jaw after cut                          | tetanus-emergency
			my jaw is stiff and my legs cramp            | tetanus-emergency
			lockjaw                                      | tetanus-emergency
			stif jaw                                     | tetanus-emergency
			dark urine                                   | dehydration
			dark pee after running                       | muscle-breakdown dehydration
			statins and muscle pain                      | statin-muscle-pain
			rusty nail in foot                           | tetanus-wound-check
			do I need a tetanus jab                      | tetanus-wound-check
			cast feels too tight                         | compartment-syndrome
			black toes                                   | critical-limb-ischaemia
			pregnant with a severe headache              | pre-eclampsia
			blurred vision while pregnant                | pre-eclampsia
			cramp won't go away                          | cramps-urgent
			cramp wont stop                              | cramps-urgent
			passed out in the heat                       | heatstroke pulmonary-embolism
			dizzy when standing up and haven't peed      | severe-dehydration
			calf cramp at night                          | none
			leg cramps                                   | none
			cramp in my foot                             | none
			restless legs in bed                         | none
			stretches for tight calves                   | none
			what causes cramps                           | none
			magnesium for cramps                         | none
			legs hurt when walking                       | none
			leg cramps while walking                     | none
			sore calf after running                      | none
			cramps when pregnant                         | none
			how to stop a cramp                          | none
			how long does a cramp last                   | none
			heat cramps                                  | none
			statins                                      | none
			cold feet at night                           | none
			cold water swimming cramp                    | none
			muscle twitching                             | none
			leg cramps after football                    | none
			""";

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
		assertThat(results.careBlocks()).extracting(CareBlock::name).containsExactly("tetanus-emergency");
	}

	@Test
	void atMostTwoCardsShowTheMostUrgentFirst() {
		SearchResults results = this.search.search("swollen calf, dark urine, stiff jaw and cannot pee", 1);
		assertThat(results.careBlocks()).extracting(CareBlock::name)
			.containsExactly("cauda-equina", "tetanus-emergency");
	}

	@Test
	void atLeastHalfTheQueriesAreNotCopiedFromATrigger() throws IOException {
		List<String> triggers;
		try (Stream<Path> files = Files.list(Path.of("content", "care"))) {
			triggers = files.flatMap((file) -> read(file).lines())
				.filter((line) -> line.startsWith("  - ") && !line.contains(": "))
				.map((line) -> line.substring(4).strip().replace("\"", "").toLowerCase(Locale.ROOT))
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
