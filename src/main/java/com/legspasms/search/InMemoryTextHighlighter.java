package com.legspasms.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Lucene's unified highlighter, reading the text to highlight from memory instead of from
 * stored fields: the site already holds every article's text, so nothing is decompressed
 * per search.
 */
final class InMemoryTextHighlighter extends UnifiedHighlighter {

	private final IntFunction<String> textOfDoc;

	/**
	 * Creates the highlighter.
	 * @param builder the highlighter's settings
	 * @param textOfDoc the text of a document, by Lucene doc id, made when a hit is
	 * highlighted (only for the page of results shown) from the article's text model
	 */
	InMemoryTextHighlighter(Builder builder, IntFunction<String> textOfDoc) {
		super(builder);
		this.textOfDoc = textOfDoc;
	}

	@Override
	protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
			throws IOException {
		List<CharSequence[]> values = new ArrayList<>();
		for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
			CharSequence[] docValues = new CharSequence[fields.length];
			Arrays.fill(docValues, this.textOfDoc.apply(doc));
			values.add(docValues);
		}
		return values;
	}

}
