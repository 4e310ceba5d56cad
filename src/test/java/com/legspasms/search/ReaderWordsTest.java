package com.legspasms.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.legspasms.content.ContentProblem;
import com.legspasms.content.InvalidContentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

class ReaderWordsTest {

	@TempDir
	Path dir;

	private final SearchAnalyzers analyzers = SearchService.analyzers(Path.of("content", SearchService.SYNONYMS_FILE));

	@Test
	void aBrokenRuleStopsStartUpWithItsFileAndLine() throws IOException {
		Files.writeString(this.dir.resolve(ReaderWords.VOCABULARY_FILE), "# notes\nnite => night\nnite night\n => x\n");
		InvalidContentException failure = catchThrowableOfType(InvalidContentException.class,
				() -> ReaderWords.read(this.dir, this.analyzers));
		String file = this.dir.resolve(ReaderWords.VOCABULARY_FILE).toString();
		assertThat(failure.getProblems()).extracting(ContentProblem::file, ContentProblem::line)
			.containsExactly(tuple(file, 3), tuple(file, 4));
		assertThat(failure.getProblems().get(0).message()).contains("typed words => meant words");
	}

	@Test
	void rulesReplaceTheLongestRunOfTypedWordsAndNamesAreNeverSuggested() throws IOException {
		Files.writeString(this.dir.resolve(ReaderWords.VOCABULARY_FILE),
				"nite => night\nCharlie Horse => charley horse\n");
		Files.writeString(this.dir.resolve(ReaderWords.NEVER_SUGGESTED_FILE), "# publishers\nNICE\n");
		ReaderWords words = ReaderWords.read(this.dir, this.analyzers);
		assertThat(words.rewriteAt(List.of("a", "charlie", "horse"), 1))
			.isEqualTo(new ReaderWords.Rewrite(2, List.of("charley", "horse")));
		assertThat(words.rewriteAt(List.of("cramps", "at", "nite"), 2)).isEqualTo(new ReaderWords.Rewrite(1, List.of("night")));
		assertThat(words.rewriteAt(List.of("cramps"), 0)).isNull();
		assertThat(words.maySuggest("nice")).isFalse();
		assertThat(words.maySuggest("night")).isTrue();
	}

	@Test
	void missingFilesAreEmptyLists() {
		ReaderWords words = ReaderWords.read(this.dir, this.analyzers);
		assertThat(words.rewriteAt(List.of("nite"), 0)).isNull();
		assertThat(words.maySuggest("nice")).isTrue();
	}

}
