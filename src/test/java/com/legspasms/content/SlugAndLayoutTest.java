package com.legspasms.content;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one slug rule and the one content-folder layout.
 */
class SlugAndLayoutTest {

	@ParameterizedTest
	@ValueSource(strings = { "a", "leg-cramps", "leg-cramps-2", "2026", "x-y-z" })
	void lowerCaseWordsJoinedBySingleDashesAreSlugs(String name) {
		assertThat(Slug.isValid(name)).as(name).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "-leg", "leg-", "leg--cramps", "Leg-cramps", "leg_cramps", "leg cramps", "légère",
			"leg.md", "../leg" })
	void anythingElseIsNot(String name) {
		assertThat(Slug.isValid(name)).as(name).isFalse();
		assertThat(Slug.pattern().matcher(name).matches()).as(name).isFalse();
	}

	@Test
	void nullIsNotASlug() {
		assertThat(Slug.isValid(null)).isFalse();
	}

	@Test
	void theLayoutNamesEachPlaceInTheContentFolder() {
		ContentLayout layout = new ContentLayout(Path.of("content"));
		assertThat(layout.articles()).isEqualTo(Path.of("content", "articles"));
		assertThat(layout.care()).isEqualTo(Path.of("content", "care"));
		assertThat(layout.images()).isEqualTo(Path.of("content", "images"));
		assertThat(layout.synonyms()).isEqualTo(Path.of("content", "synonyms.txt"));
		assertThat(layout.readerWords()).isEqualTo(Path.of("content", "reader-words.txt"));
		assertThat(layout.neverSuggested()).isEqualTo(Path.of("content", "never-suggested.txt"));
		// The real content follows it.
		assertThat(layout.articles()).isDirectory();
		assertThat(layout.care()).isDirectory();
		assertThat(layout.images()).isDirectory();
		assertThat(layout.synonyms()).isRegularFile();
	}

}
