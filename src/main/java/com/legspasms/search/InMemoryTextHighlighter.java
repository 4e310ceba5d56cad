package com.legspasms.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Lucene's unified highlighter, reading the text to highlight from memory instead of from stored
 * fields: the site already holds every article's text, so nothing is decompressed per search.
 */
final class InMemoryTextHighlighter extends UnifiedHighlighter {

	private final String[] textByDoc;

	InMemoryTextHighlighter(Builder builder, String[] textByDoc) {
		super(builder);
		this.textByDoc = textByDoc;
	}

	@Override
	protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
			int cacheCharsThreshold) throws IOException {
		List<CharSequence[]> values = new ArrayList<>();
		for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
			CharSequence[] docValues = new CharSequence[fields.length];
			Arrays.fill(docValues, this.textByDoc[doc]);
			values.add(docValues);
		}
		return values;
	}

}
