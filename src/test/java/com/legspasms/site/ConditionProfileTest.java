package com.legspasms.site;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Condition profiles in front matter: read, checked line by line, compared and matched.
 */
class ConditionProfileTest {

	@TempDir
	Path dir;

	ContentFixture content;

	@BeforeEach
	void hub() {
		this.content = new ContentFixture(this.dir).article("hub", "Hub", "overview", "The hub.");
	}

	@Test
	void aProfileIsReadIntoTheArticle() {
		profiled("cramp", "Night cramp", "[night]", "[calf, foot]", "[stretching, moving]");
		Article cramp = this.content.build("hub").article("cramp").orElseThrow();
		assertThat(cramp.profile().name()).isEqualTo("Night cramp");
		assertThat(cramp.profile().comesOn()).containsExactly("night");
		assertThat(cramp.profile().feltIn()).containsExactly("calf", "foot");
		assertThat(cramp.profile().easedBy()).containsExactly("stretching", "moving");
		assertThat(cramp.profile().lasts()).isEqualTo("Minutes.");
		assertThat(this.content.build("hub").article("hub").orElseThrow().profile()).isNull();
	}

	@Test
	void unknownProfileFieldsAndValuesAreReportedAtTheirLines() {
		this.content.write("odd.md", """
				---
				title: Odd
				summary: Odd one.
				category: causes
				profile:
				  name: Odd
				  comes-on: [night, full-moon]
				  felt-in: calf
				  feels-like: Odd.
				  lasts: Minutes.
				  eased-by: [stretching]
				  worse-with: Nothing.
				  warning-signs: None.
				  colour: blue
				---
				Body.
				""");
		assertThat(this.content.problems("hub")).containsExactly(
				this.content.problem("odd.md", 7,
						"profile field 'comes-on' has an unknown value 'full-moon' (use one or more of: "
								+ "night, exercise, walking, standing, rest, heat, any-time)"),
				this.content.problem("odd.md", 8,
						"profile field 'felt-in' must be a list such as [calf] (use one or more of: "
								+ "calf, foot, thigh, knee, buttock, lower-back, one-leg, both-legs)"),
				this.content.problem("odd.md", 14,
						"unknown profile field 'colour' (known fields: comes-on, eased-by, feels-like, "
								+ "felt-in, lasts, name, warning-signs, worse-with)"));
	}

	@Test
	void missingProfileFieldsAndAProfileThatIsNotABlockAreReported() {
		this.content.write("thin.md", """
				---
				title: Thin
				summary: Thin one.
				category: causes
				profile:
				  name: Thin
				  comes-on: [night]
				---
				Body.
				""").write("flat.md", """
				---
				title: Flat
				summary: Flat one.
				category: causes
				profile: night cramps
				---
				Body.
				""");
		assertThat(this.content.problems("hub")).contains(
				this.content.problem("flat.md", 5,
						"'profile' must be fields such as 'comes-on: [night]', indented under it"),
				this.content.problem("thin.md", 6,
						"profile field 'felt-in' is missing (use one or more of: calf, foot, thigh, "
								+ "knee, buttock, lower-back, one-leg, both-legs)"),
				this.content.problem("thin.md", 6, "profile field 'lasts' is missing"));
	}

	@Test
	void hotWeatherAndTheKneeAreValuesReadersCanFilterBy() {
		profiled("heat", "Heat illness", "[exercise, heat]", "[calf, both-legs]", "[rest, self-care]");
		profiled("cyst", "Knee cyst", "[any-time]", "[knee, calf, one-leg]", "[medical-care]");
		ConditionComparison comparison = this.content.build("hub").comparison();
		assertThat(slugs(comparison.matching(Set.of("heat"), Set.of(), null))).containsExactly("heat");
	}

	@Test
	void withoutAChosenConditionTheMostTypicalComesFirstThenTheMostAlike() {
		profiled("night-cramp", "Night cramp", "[night]", "[calf, foot]", "[stretching]");
		profiled("exercise-cramp", "Exercise cramp", "[exercise]", "[calf, foot]", "[stretching, rest]");
		profiled("restless-legs", "Restless legs", "[night, rest]", "[both-legs]", "[moving]");
		profiled("claudication", "Claudication", "[walking]", "[calf, thigh]", "[rest]");
		ConditionComparison comparison = this.content.build("hub").comparison();
		assertThat(slugs(comparison.matching(Set.of(), Set.of(), null))).containsExactly("exercise-cramp",
				"night-cramp", "claudication", "restless-legs");
	}

	@Test
	void theMostSimilarConditionsShareTheMostProfile() {
		profiled("night-cramp", "Night cramp", "[night]", "[calf, foot]", "[stretching]");
		profiled("exercise-cramp", "Exercise cramp", "[exercise]", "[calf, foot]", "[stretching, rest]");
		profiled("restless-legs", "Restless legs", "[night, rest]", "[both-legs]", "[moving]");
		profiled("claudication", "Claudication", "[walking]", "[calf, thigh]", "[rest]");
		profiled("clot", "Clot", "[any-time]", "[one-leg]", "[medical-care]");
		ConditionComparison comparison = this.content.build("hub").comparison();
		assertThat(slugs(comparison.similarTo(article(comparison, "night-cramp")))).containsExactly("exercise-cramp",
				"restless-legs", "claudication");
		assertThat(slugs(comparison.similarTo(article(comparison, "claudication")))).containsExactly("exercise-cramp",
				"night-cramp");
		assertThat(comparison.similarTo(article(comparison, "clot"))).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			                |                 |                | claudication exercise-cramp night-cramp restless-legs
			night           |                 |                | night-cramp restless-legs
			night walking   |                 |                | claudication night-cramp restless-legs
			                | rest            |                | claudication exercise-cramp
			night           | stretching      |                | night-cramp
			exercise        | moving          |                | ''
			                |                 | restless-legs  | restless-legs night-cramp claudication exercise-cramp
			                |                 | claudication   | claudication exercise-cramp night-cramp restless-legs
			night           |                 | restless-legs  | restless-legs night-cramp
			""")
	void filtersNarrowTheColumnsAndTheChosenConditionComesFirst(String comesOn, String easedBy, String first,
			String expected) {
		profiled("night-cramp", "Night cramp", "[night]", "[calf, foot]", "[stretching]");
		profiled("exercise-cramp", "Exercise cramp", "[exercise]", "[calf, foot]", "[stretching, rest]");
		profiled("restless-legs", "Restless legs", "[night, rest]", "[both-legs]", "[moving]");
		profiled("claudication", "Claudication", "[walking]", "[calf, thigh]", "[rest]");
		ConditionComparison comparison = this.content.build("hub").comparison();
		List<String> columns = slugs(comparison.matching(words(comesOn), words(easedBy), first));
		List<String> wanted = expected.isEmpty() ? List.of() : List.of(expected.split(" "));
		if (first != null) {
			// the chosen one first, then the others, most like it first
			assertThat(columns).containsExactlyElementsOf(wanted);
		}
		else {
			assertThat(columns).containsExactlyInAnyOrderElementsOf(wanted);
		}
	}

	private static Set<String> words(String text) {
		return (text != null) ? Set.of(text.split(" ")) : Set.of();
	}

	private static Article article(ConditionComparison comparison, String slug) {
		return comparison.conditions()
			.stream()
			.filter((article) -> article.slug().equals(slug))
			.findFirst()
			.orElseThrow();
	}

	private static List<String> slugs(List<Article> articles) {
		return articles.stream().map(Article::slug).toList();
	}

	private void profiled(String slug, String name, String comesOn, String feltIn, String easedBy) {
		this.content.write(slug + ".md", """
				---
				title: %s
				summary: About %s.
				category: causes
				profile:
				  name: %s
				  comes-on: %s
				  felt-in: %s
				  feels-like: Painful.
				  lasts: Minutes.
				  eased-by: %s
				  worse-with: Nothing known.
				  warning-signs: Swelling.
				---
				Body.
				""".formatted(name, name, name, comesOn, feltIn, easedBy));
	}

}
