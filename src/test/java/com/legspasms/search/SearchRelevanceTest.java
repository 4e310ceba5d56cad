package com.legspasms.search;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What worried readers type, and the article each must find in the top three, over the
 * real content: plain words, plurals, phrases, synonyms and typos.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchRelevanceTest {

	@Autowired
	SearchService search;

	@ParameterizedTest(name = "\"{0}\" finds {1}")
	@CsvSource(delimiter = '|', textBlock = """
			cramp in calf at night                | nocturnal-leg-cramps
			nocturnal leg cramps                  | nocturnal-leg-cramps
			charley horse                         | muscle-spasms-in-legs
			what causes leg cramps                | muscle-spasms-in-legs
			musle spasms in legs                  | muscle-spasms-in-legs
			restles legs                          | symptoms-of-restless-leg-syndrome
			RLS                                   | symptoms-of-restless-leg-syndrome
			Willis-Ekbom                          | symptoms-of-restless-leg-syndrome
			urge to move my legs in the evening   | symptoms-of-restless-leg-syndrome
			legs hurt when walking                | peripheral-artery-disease
			claudication                          | peripheral-artery-disease
			PAD                                   | peripheral-artery-disease
			peripheral arterial disease           | peripheral-artery-disease
			narrowing of the spine                | spinal-stenosis
			stenosys                              | spinal-stenosis
			cauda equina                          | spinal-stenosis
			cramps when pregnant                  | leg-cramps-in-pregnancy
			pregnancy                             | leg-cramps-in-pregnancy
			statins                               | medicines-that-can-cause-muscle-cramps
			water tablets                         | medicines-that-can-cause-muscle-cramps
			quinine                               | treatment-of-muscle-spasms-in-legs
			treatment for leg cramps              | treatment-of-muscle-spasms-in-legs
			tonic water                           | home-remedies-for-muscle-spasms-in-legs
			home remedies                         | home-remedies-for-muscle-spasms-in-legs
			pickle juice                          | home-remedies-for-muscle-spasms-in-legs
			calf stretches                        | stretches-for-leg-cramps
			stretching exercises                  | stretches-for-leg-cramps
			dehydration                           | electrolyte-imbalance
			low potassium                         | electrolyte-imbalance
			cramps during exercise                | exercise-associated-muscle-cramps
			heat cramps                           | heat-cramps-and-heat-illness
			heatstroke                            | heat-cramps-and-heat-illness
			stomach muscle cramps                 | stomach-muscle-spasms
			tummy spasm                           | stomach-muscle-spasms
			swollen red calf                      | cellulitis
			blood clot in leg                     | deep-vein-thrombosis
			growing pains                         | leg-pain-in-children
			sciatica                              | sciatica
			bakers cyst                           | bakers-cyst
			cellulitis                            | cellulitis
			rhabdomyolysis                        | severe-muscle-pain-after-exercise-or-injury
			cramps on dialysis                    | cramps-with-long-term-conditions
			when should I see a doctor            | when-to-see-a-doctor-about-leg-cramps
			aching leg muscles                    | muscle-pain-in-legs
			shin splints                          | muscle-pain-in-legs
			pain in legs at night                 | pain-in-legs-at-night
			symptoms of a cramp                   | symptoms-of-muscle-spasms-in-legs
			""")
	void expectedArticleIsInTheTopThree(String query, String expectedSlug) {
		List<String> topThree = this.search.search(query, 1)
			.results()
			.stream()
			.limit(3)
			.map((result) -> result.article().slug())
			.toList();
		assertThat(topThree).as("top three for \"%s\"", query).contains(expectedSlug);
	}

}
