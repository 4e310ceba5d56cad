package com.legspasms.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The site's English analysis. Words are lower-cased, accents folded, possessives dropped
 * and Porter-stemmed (cramps → cramp, spasming → spasm). Synonyms are applied to the
 * stemmed words at query time only, so editing the synonym file never needs a re-index;
 * stop words are removed last, by their stemmed form, so a multi-word synonym such as
 * "narrowing of the spine" still matches.
 */
final class SearchAnalyzers {

	private final CharArraySet stemmedStopWords;

	private final Analyzer index;

	private final Analyzer query;

	private final Analyzer spelling;

	SearchAnalyzers(Reader synonyms) throws java.text.ParseException {
		Analyzer stemming = new Chain(false, null, null);
		this.stemmedStopWords = stem(stemming, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
		this.index = new Chain(false, null, this.stemmedStopWords);
		this.query = new Chain(false, parse(synonyms, stemming), this.stemmedStopWords);
		this.spelling = new Chain(true, null, null);
	}

	/**
	 * Analysis of the indexed text.
	 * @return the analyzer the articles' text fields are indexed with
	 */
	Analyzer index() {
		return this.index;
	}

	/**
	 * Analysis of a reader's query: the index analysis plus synonyms.
	 * @return the analyzer a reader's words go through before they are searched
	 */
	Analyzer query() {
		return this.query;
	}

	/**
	 * Words as typed (lower-cased and folded only), for typo tolerance and spelling
	 * suggestions.
	 * @return the analyzer of the words-as-typed field, where corrections are looked up
	 */
	Analyzer spelling() {
		return this.spelling;
	}

	static List<String> tokens(Analyzer analyzer, String field, String text) {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

	/**
	 * The synonym rules, or {@code null} when there are none (Lucene's filter refuses an
	 * empty map).
	 * @param synonyms the synonym rules in Solr's format
	 * @param analyzer the analysis applied to each side of a rule, so rules match
	 * analysed text
	 * @return the rules, or {@code null} when there are none
	 */
	private static SynonymMap parse(Reader synonyms, Analyzer analyzer) throws java.text.ParseException {
		SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
		try {
			parser.parse(synonyms);
			SynonymMap map = parser.build();
			return (map.fst != null) ? map : null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static CharArraySet stem(Analyzer stemming, CharArraySet words) {
		CharArraySet stemmed = new CharArraySet(words.size(), false);
		for (Object word : words) {
			stemmed.addAll(tokens(stemming, "", new String((char[]) word)));
		}
		return CharArraySet.unmodifiableSet(stemmed);
	}

	/** One analysis chain; which steps it has depends on its use. */
	private static final class Chain extends Analyzer {

		private final boolean spellingOnly;

		private final SynonymMap synonyms;

		private final CharArraySet stopWords;

		Chain(boolean spellingOnly, SynonymMap synonyms, CharArraySet stopWords) {
			this.spellingOnly = spellingOnly;
			this.synonyms = synonyms;
			this.stopWords = stopWords;
		}

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer tokenizer = new StandardTokenizer();
			TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
			if (!this.spellingOnly) {
				stream = new PorterStemFilter(new EnglishPossessiveFilter(stream));
			}
			if (this.synonyms != null) {
				stream = new SynonymGraphFilter(stream, this.synonyms, true);
			}
			if (this.stopWords != null) {
				stream = new StopFilter(stream, this.stopWords);
			}
			return new TokenStreamComponents(tokenizer, stream);
		}

		@Override
		protected TokenStream normalize(String fieldName, TokenStream in) {
			return new ASCIIFoldingFilter(new LowerCaseFilter(in));
		}

	}

}
