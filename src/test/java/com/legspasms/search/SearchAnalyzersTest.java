package com.legspasms.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.legspasms.content.ContentLayout;
import com.legspasms.content.InvalidContentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchAnalyzersTest {

	private final SearchAnalyzers analyzers = SearchService.analyzers(Path.of("content", ContentLayout.SYNONYMS));

	@Test
	void wordsAreStemmedLowerCasedAndFolded() {
		assertThat(index("Cramps CRAMPING cramp spasming spasms")).containsExactly("cramp", "cramp", "cramp", "spasm",
				"spasm");
		assertThat(index("Café naïve Willis–Ekbom")).containsExactly("cafe", "naiv", "willi", "ekbom");
	}

	@Test
	void stopWordsAndPossessivesAreDropped() {
		assertThat(index("the pain in a calf's muscle at night")).containsExactly("pain", "calf", "muscl", "night");
	}

	@Test
	void synonymsApplyOnlyToQueries() {
		assertThat(query("charley horse")).contains("cramp", "spasm", "charlei", "hors");
		assertThat(query("RLS")).contains("restless", "leg", "willi", "ekbom");
		assertThat(query("narrowing of the spine")).contains("stenosi");
		assertThat(query("calf cramp")).contains("calf", "leg", "cramp");
		assertThat(query("calf")).containsExactly("calf");
		assertThat(query("leg cramp")).doesNotContain("calf");
		assertThat(index("charley horse")).containsExactly("charlei", "hors");
	}

	@Test
	void withoutASynonymFileQueriesAreAnalysedWithoutSynonyms(@TempDir Path dir) {
		SearchAnalyzers plain = SearchService.analyzers(dir.resolve(ContentLayout.SYNONYMS));
		assertThat(SearchAnalyzers.tokens(plain.query(), "f", "charley horse cramps")).containsExactly("charlei",
				"hors", "cramp");
	}

	@Test
	void spellingAnalysisKeepsWordsAsTyped() {
		assertThat(SearchAnalyzers.tokens(this.analyzers.spelling(), "f", "Restles Legs")).containsExactly("restles",
				"legs");
	}

	@Test
	void aBrokenSynonymRuleStopsStartUpWithItsFileAndLine(@TempDir Path dir) throws Exception {
		Path file = Files.writeString(dir.resolve("synonyms.txt"), "# notes\ncramp, spasm\ncramp => spasm => knot\n");
		assertThatThrownBy(() -> SearchService.analyzers(file)).isInstanceOf(InvalidContentException.class)
			.extracting((ex) -> ((InvalidContentException) ex).getProblems().get(0).toString())
			.isEqualTo(file
					+ ":3: cannot read this synonym rule: more than one explicit mapping specified on the same line");
	}

	@Test
	void everyBrokenSynonymRuleIsListedWithItsLine(@TempDir Path dir) throws Exception {
		Path file = Files.writeString(dir.resolve("synonyms.txt"), "# notes\ncramp => spasm => knot\ncramp, spasm\r\n\n"
				+ "cramp, !!!\nleg, limb\ncalf => a => b\nfoo =>\n=> leg cramp\ncalf pain => \n");
		String bothSides = "a rule needs words on both sides of '=>', such as 'charley horse => cramp'";
		assertThat(problems(file)).containsExactlyInAnyOrder(
				"2: cannot read this synonym rule: more than one explicit mapping specified on the same line",
				"5: cannot read this synonym rule: '!!!' leaves nothing to search for once punctuation and very "
						+ "common words are dropped",
				"7: cannot read this synonym rule: more than one explicit mapping specified on the same line",
				"8: " + bothSides, "9: " + bothSides, "10: " + bothSides);
	}

	@Test
	void aRuleWithAnEmptySideIsRefusedEvenWhereLuceneAcceptsIt(@TempDir Path dir) throws Exception {
		Path file = Files.writeString(dir.resolve("synonyms.txt"), "cramp, spasm\nfoo =>\n");
		assertThat(problems(file))
			.containsExactly("2: a rule needs words on both sides of '=>', such as 'charley horse => cramp'");
	}

	private static List<String> problems(Path file) {
		try {
			SearchService.analyzers(file);
			return List.of();
		}
		catch (InvalidContentException ex) {
			return ex.getProblems().stream().map((problem) -> problem.line() + ": " + problem.message()).toList();
		}
	}

	private List<String> index(String text) {
		return SearchAnalyzers.tokens(this.analyzers.index(), "body", text);
	}

	private List<String> query(String text) {
		return SearchAnalyzers.tokens(this.analyzers.query(), "body", text);
	}

}
