package com.legspasms.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.legspasms.rendering.RenderedText;
import com.legspasms.site.Article;
import com.legspasms.site.SiteSnapshot;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.jsoup.Jsoup;

/**
 * An in-memory Lucene index of one {@link SiteSnapshot}, and the searches against it. Immutable
 * once built; a new snapshot gets a new index.
 */
public final class SearchIndex {

	static final String SLUG = "slug";

	static final String TITLE = "title";

	static final String SUMMARY = "summary";

	static final String HEADINGS = "headings";

	static final String BODY = "body";

	/** Words as typed, for spelling suggestions. */
	static final String SPELLING = "spelling";

	private static final Map<String, Float> FIELD_BOOSTS = Map.of(TITLE, 5f, HEADINGS, 2f, SUMMARY, 2f, BODY, 1f);

	private static final float PHRASE_BOOST = 2f;

	private static final float FUZZY_BOOST = 0.3f;

	private static final int FUZZY_MIN_LENGTH = 4;

	/** Longer queries are searched word by word: a phrase of synonyms grows with every word. */
	private static final int PHRASE_MAX_WORDS = 6;

	private static final FieldType BODY_TYPE = bodyType();

	private final SiteSnapshot site;

	private final SearchAnalyzers analyzers;

	private final IndexSearcher searcher;

	private final UnifiedHighlighter highlighter;

	private final DirectSpellChecker spellChecker = new DirectSpellChecker();

	private SearchIndex(SiteSnapshot site, SearchAnalyzers analyzers, DirectoryReader reader) {
		this.site = site;
		this.analyzers = analyzers;
		this.searcher = new IndexSearcher(reader);
		this.highlighter = UnifiedHighlighter.builder(this.searcher, analyzers.index())
			.withHandleMultiTermQuery(true)
			.withFieldMatcher((field) -> true)
			.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " \u2026 ", true))
			.withMaxLength(200_000)
			.build();
	}

	public static SearchIndex build(SiteSnapshot site, SearchAnalyzers analyzers) {
		Analyzer perField = new PerFieldAnalyzerWrapper(analyzers.index(), Map.of(SPELLING, analyzers.spelling()));
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(perField))) {
			for (Article article : site.articles()) {
				writer.addDocument(document(article));
			}
			writer.commit();
			return new SearchIndex(site, analyzers, DirectoryReader.open(directory));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public SiteSnapshot site() {
		return this.site;
	}

	/**
	 * Finds the articles that match a reader's words. The words are analysed and built into a query
	 * term by term; they are never parsed as query syntax.
	 */
	public SearchResults search(SearchText text, int limit) {
		if (text.isEmpty()) {
			return SearchResults.none(text);
		}
		try {
			try {
				return search(text, query(text.value()), limit);
			}
			catch (IndexSearcher.TooManyClauses ex) {
				return search(text, plainQuery(text.value()), limit);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private SearchResults search(SearchText text, Query query, int limit) throws IOException {
		if (query == null) {
			return SearchResults.none(text).withSuggestion(suggestion(text.value()));
		}
		TopDocs top = this.searcher.search(query, limit);
		String[] snippets = this.highlighter.highlight(BODY, query, top, 2);
		List<SearchResult> results = new ArrayList<>();
		for (int i = 0; i < top.scoreDocs.length; i++) {
			ScoreDoc hit = top.scoreDocs[i];
			String slug = this.searcher.storedFields().document(hit.doc).get(SLUG);
			Article article = this.site.article(slug).orElseThrow();
			results.add(new SearchResult(article, snippets[i]));
		}
		return new SearchResults(text, (int) top.totalHits.value, results, suggestion(text.value()));
	}

	Query query(String text) {
		QueryBuilder builder = new QueryBuilder(this.analyzers.query());
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		boolean any = false;
		for (Map.Entry<String, Float> field : FIELD_BOOSTS.entrySet()) {
			Query words = builder.createBooleanQuery(field.getKey(), text, Occur.SHOULD);
			if (words != null) {
				query.add(new BoostQuery(words, field.getValue()), Occur.SHOULD);
				any = true;
			}
		}
		List<String> words = typedWords(text);
		if (words.size() <= PHRASE_MAX_WORDS) {
			for (String field : List.of(TITLE, BODY)) {
				Query phrase = builder.createPhraseQuery(field, text, 3);
				if (phrase != null) {
					query.add(new BoostQuery(phrase, PHRASE_BOOST), Occur.SHOULD);
				}
			}
		}
		for (String word : words) {
			if (word.length() >= FUZZY_MIN_LENGTH) {
				int edits = (word.length() >= 8) ? 2 : 1;
				for (String field : List.of(TITLE, BODY)) {
					query.add(new BoostQuery(new FuzzyQuery(new Term(field, word), edits, 1), FUZZY_BOOST), Occur.SHOULD);
					any = true;
				}
			}
		}
		return any ? query.build() : null;
	}

	/**
	 * Each distinct word once, without synonyms, phrases or typo tolerance: for queries so long that
	 * the full query would grow past Lucene's clause limit.
	 */
	private Query plainQuery(String text) {
		String distinctWords = String.join(" ", typedWords(text));
		return new QueryBuilder(this.analyzers.index()).createBooleanQuery(BODY, distinctWords, Occur.SHOULD);
	}

	/**
	 * A corrected query when some word is unknown to the site and Lucene's spell checker knows a
	 * close one; otherwise {@code null}.
	 */
	private String suggestion(String text) throws IOException {
		List<String> words = typedWords(text);
		List<String> corrected = new ArrayList<>(words.size());
		boolean changed = false;
		for (String word : words) {
			SuggestWord[] suggestions = this.spellChecker.suggestSimilar(new Term(SPELLING, word), 1,
					this.searcher.getIndexReader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
			if (suggestions.length > 0) {
				corrected.add(suggestions[0].string);
				changed = true;
			}
			else {
				corrected.add(word);
			}
		}
		return changed ? String.join(" ", corrected) : null;
	}

	private List<String> typedWords(String text) {
		Set<String> words = new LinkedHashSet<>(SearchAnalyzers.tokens(this.analyzers.spelling(), SPELLING, text));
		return List.copyOf(words);
	}

	private static Document document(Article article) {
		String bodyText = String.join("\n", RenderedText.blocks(article.bodyHtml()));
		String headings = String.join("\n", Jsoup.parseBodyFragment(article.bodyHtml()).select("h2, h3, h4").eachText());
		Document document = new Document();
		document.add(new StringField(SLUG, article.slug(), Field.Store.YES));
		document.add(new TextField(TITLE, article.title(), Field.Store.YES));
		document.add(new TextField(SUMMARY, article.summary(), Field.Store.YES));
		document.add(new TextField(HEADINGS, headings, Field.Store.NO));
		document.add(new Field(BODY, bodyText, BODY_TYPE));
		document.add(new TextField(SPELLING,
				String.join(" ", article.title(), article.summary(), headings, bodyText), Field.Store.NO));
		return document;
	}

	/** Stored with offsets so the highlighter finds matches without re-analysing the text. */
	private static FieldType bodyType() {
		FieldType type = new FieldType(TextField.TYPE_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		return type;
	}

}
