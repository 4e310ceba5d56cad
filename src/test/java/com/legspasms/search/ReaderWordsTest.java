package com.legspasms.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.legspasms.content.ContentLayout;
import com.legspasms.content.ContentProblem;
import com.legspasms.content.InvalidContentException;
import com.legspasms.content.SearchWordLists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

class ReaderWordsTest {

	@TempDir
	Path dir;

	private final SearchAnalyzers analyzers = SearchService.analyzers(Path.of("content", ContentLayout.SYNONYMS));

	@Test
	void aBrokenRuleStopsStartUpWithItsFileAndLine() throws IOException {
		Files.writeString(this.dir.resolve(ContentLayout.READER_WORDS), "# notes\nnite => night\nnite night\n => x\n");
		InvalidContentException failure = catchThrowableOfType(InvalidContentException.class, () -> read());
		String file = this.dir.resolve(ContentLayout.READER_WORDS).toString();
		assertThat(failure.getProblems()).extracting(ContentProblem::file, ContentProblem::line)
			.containsExactly(tuple(file, 3), tuple(file, 4));
		assertThat(failure.getProblems().get(0).message()).contains("typed words => meant words");
	}

	@Test
	void rulesReplaceTheLongestRunOfTypedWordsAndNamesAreNeverSuggested() throws IOException {
		Files.writeString(this.dir.resolve(ContentLayout.READER_WORDS),
				"nite => night\nCharlie Horse => charley horse\n");
		Files.writeString(this.dir.resolve(ContentLayout.NEVER_SUGGESTED), "# publishers\nNICE\n");
		ReaderWords words = read();
		assertThat(words.rewriteAt(List.of("a", "charlie", "horse"), 1))
			.isEqualTo(new ReaderWords.Rewrite(2, List.of("charley", "horse")));
		assertThat(words.rewriteAt(List.of("cramps", "at", "nite"), 2))
			.isEqualTo(new ReaderWords.Rewrite(1, List.of("night")));
		assertThat(words.rewriteAt(List.of("cramps"), 0)).isNull();
		assertThat(words.maySuggest("nice")).isFalse();
		assertThat(words.maySuggest("night")).isTrue();
	}

	@Test
	void missingFilesAreEmptyLists() {
		ReaderWords words = read();
		assertThat(words.rewriteAt(List.of("nite"), 0)).isNull();
		assertThat(words.maySuggest("nice")).isTrue();
	}

	/** The lists as the content loading reads them, parsed as search parses them. */
	private ReaderWords read() {
		List<ContentProblem> problems = new ArrayList<>();
		SearchWordLists lists = SearchWordLists.read(this.dir, problems);
		assertThat(problems).isEmpty();
		return ReaderWords.of(lists, this.analyzers);
	}

}
