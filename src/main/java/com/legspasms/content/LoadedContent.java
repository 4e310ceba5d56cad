package com.legspasms.content;

import java.util.List;
import java.util.Set;

/**
 * What a content folder held: the articles whose front matter read cleanly, the body of
 * every file (so links are checked even in a file with broken front matter), the slug of
 * every file (so links to such a file are not reported a second time), the shared care
 * blocks that read cleanly, the name of every care block file (so placing a block whose
 * file has problems is not reported again), and the writers' word lists for search, and
 * the problems found.
 *
 * @param sources the article files whose front matter read cleanly
 * @param bodies the body of every article file, even one with broken front matter
 * @param slugsOnDisk the slug of every article file
 * @param careBlocks the care blocks that read cleanly
 * @param careBlockNamesOnDisk the name of every care block file
 * @param searchWords the writers' word lists for search
 * @param problems every problem found, each at its file and line
 */
public record LoadedContent(List<ArticleFile> sources, List<ArticleBody> bodies, Set<String> slugsOnDisk,
		List<CareBlockFile> careBlocks, Set<String> careBlockNamesOnDisk, SearchWordLists searchWords,
		List<ContentProblem> problems) {

	public LoadedContent {
		careBlockNamesOnDisk = Set.copyOf(careBlockNamesOnDisk);
		careBlocks = List.copyOf(careBlocks);
		sources = List.copyOf(sources);
		bodies = List.copyOf(bodies);
		slugsOnDisk = Set.copyOf(slugsOnDisk);
		problems = List.copyOf(problems);
	}

}
