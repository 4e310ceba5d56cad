package com.legspasms.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
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

	/** Typos are looked for after the first letters, which readers rarely get wrong. */
	private static final int TYPO_FREE_PREFIX = 2;

	private static final int FUZZY_EXPANSIONS = 10;

	/**
	 * The reader's own words, close together in a title or heading, mark the article about them.
	 * Phrases use the words as typed, not their synonyms (whose combinations grow with every word),
	 * only in the short fields (in the body they cost more than they add), and only for short queries.
	 */
	private static final int PHRASE_MAX_WORDS = 6;

	private static final FieldType BODY_TYPE = bodyType();

	/** Blocks of the body (paragraphs, list items, headings) are indexed one per line: the snippets. */
	private static final char BLOCK_SEPARATOR = '\n';

	private final SiteSnapshot site;

	private final SearchAnalyzers analyzers;

	private final IndexSearcher searcher;

	private final UnifiedHighlighter highlighter;

	/** Each Lucene document's article, so results need no stored-field reads. */
	private final Article[] articleByDoc;

	private final DirectSpellChecker shortWordSpellChecker = spellChecker(1);

	private final DirectSpellChecker longWordSpellChecker = spellChecker(2);

	private SearchIndex(SiteSnapshot site, SearchAnalyzers analyzers, DirectoryReader reader,
			Map<String, String> bodyTextBySlug) throws IOException {
		this.site = site;
		this.analyzers = analyzers;
		this.searcher = new IndexSearcher(reader);
		this.articleByDoc = new Article[reader.maxDoc()];
		String[] bodyTextByDoc = new String[reader.maxDoc()];
		for (int doc = 0; doc < reader.maxDoc(); doc++) {
			String slug = this.searcher.storedFields().document(doc).get(SLUG);
			this.articleByDoc[doc] = site.article(slug).orElseThrow();
			bodyTextByDoc[doc] = bodyTextBySlug.get(slug);
		}
		this.highlighter = new InMemoryTextHighlighter(UnifiedHighlighter.builder(this.searcher, analyzers.index())
			.withHandleMultiTermQuery(false)
			.withHighlightPhrasesStrictly(false)
			.withBreakIterator(() -> new CustomSeparatorBreakIterator(BLOCK_SEPARATOR))
			.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " \u2026 ", true))
			.withMaxLength(200_000), bodyTextByDoc);
	}

	public static SearchIndex build(SiteSnapshot site, SearchAnalyzers analyzers) {
		Analyzer perField = new PerFieldAnalyzerWrapper(analyzers.index(), Map.of(SPELLING, analyzers.spelling()));
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		Map<String, String> bodyTextBySlug = new HashMap<>();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(perField))) {
			for (Article article : site.articles()) {
				String bodyText = String.join(String.valueOf(BLOCK_SEPARATOR), RenderedText.blocks(article.bodyHtml()));
				bodyTextBySlug.put(article.slug(), bodyText);
				writer.addDocument(document(article, bodyText));
			}
			writer.forceMerge(1);
			writer.commit();
			return new SearchIndex(site, analyzers, DirectoryReader.open(directory), bodyTextBySlug);
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
	public SearchResults search(SearchText text, int page) {
		if (text.isEmpty()) {
			return SearchResults.none(text);
		}
		int wantedPage = Math.min(Math.max(page, 1), SearchResults.MAX_PAGE);
		try {
			try {
				return search(text, query(text.value()), wantedPage);
			}
			catch (IndexSearcher.TooManyClauses ex) {
				return search(text, plainQuery(text.value()), wantedPage);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private SearchResults search(SearchText text, Query query, int wantedPage) throws IOException {
		if (query == null) {
			return SearchResults.none(text).withSuggestion(suggestion(text.value()));
		}
		// Rewritten once: the typo-tolerant parts become plain terms, for searching and highlighting.
		Query rewritten = this.searcher.rewrite(query);
		TopDocs top = this.searcher.search(rewritten, wantedPage * SearchResults.PAGE_SIZE);
		int lastPage = Math.max(1, (top.scoreDocs.length + SearchResults.PAGE_SIZE - 1) / SearchResults.PAGE_SIZE);
		int page = Math.min(wantedPage, lastPage);
		ScoreDoc[] hits = Arrays.copyOfRange(top.scoreDocs, Math.min((page - 1) * SearchResults.PAGE_SIZE,
				top.scoreDocs.length), Math.min(page * SearchResults.PAGE_SIZE, top.scoreDocs.length));
		String[] snippets = this.highlighter.highlight(BODY, rewritten, new TopDocs(top.totalHits, hits), 2);
		List<SearchResult> results = new ArrayList<>();
		for (int i = 0; i < hits.length; i++) {
			results.add(new SearchResult(this.articleByDoc[hits[i].doc], snippets[i]));
		}
		boolean exact = top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
		return new SearchResults(text, (int) top.totalHits.value, exact, page, results, suggestion(text.value()));
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
			QueryBuilder exactWords = new QueryBuilder(this.analyzers.index());
			for (String field : List.of(TITLE, HEADINGS)) {
				Query phrase = exactWords.createPhraseQuery(field, text, 3);
				if (phrase != null) {
					query.add(new BoostQuery(phrase, PHRASE_BOOST), Occur.SHOULD);
				}
			}
		}
		for (String word : words) {
			if (word.length() >= FUZZY_MIN_LENGTH && !isKnown(word)) {
				int edits = editsAllowed(word);
				for (String field : List.of(TITLE, BODY)) {
					FuzzyQuery fuzzy = new FuzzyQuery(new Term(field, word), edits, TYPO_FREE_PREFIX, FUZZY_EXPANSIONS, true);
					query.add(new BoostQuery(fuzzy, FUZZY_BOOST), Occur.SHOULD);
					any = true;
				}
			}
		}
		return any ? query.build() : null;
	}

	/** One typo in a word of up to seven letters, two in a longer one. */
	private static int editsAllowed(String word) {
		return (word.length() >= 8) ? 2 : 1;
	}

	private static DirectSpellChecker spellChecker(int maxEdits) {
		DirectSpellChecker spellChecker = new DirectSpellChecker();
		spellChecker.setMaxEdits(maxEdits);
		spellChecker.setMinPrefix(TYPO_FREE_PREFIX);
		return spellChecker;
	}

	/**
	 * Whether a word, as typed or by its stem (stretching → stretch), appears anywhere on the site;
	 * only unknown words need typo tolerance.
	 */
	private boolean isKnown(String word) {
		try {
			if (this.searcher.getIndexReader().docFreq(new Term(SPELLING, word)) > 0) {
				return true;
			}
			for (String stem : SearchAnalyzers.tokens(this.analyzers.index(), BODY, word)) {
				if (this.searcher.getIndexReader().docFreq(new Term(BODY, stem)) > 0) {
					return true;
				}
			}
			return false;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
			if (isKnown(word)) {
				corrected.add(word);
				continue;
			}
			DirectSpellChecker spellChecker = (editsAllowed(word) > 1) ? this.longWordSpellChecker
					: this.shortWordSpellChecker;
			SuggestWord[] suggestions = spellChecker.suggestSimilar(new Term(SPELLING, word), 1,
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

	private static Document document(Article article, String bodyText) {
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

	/**
	 * Indexed with offsets so the highlighter finds matches without re-analysing the text; not
	 * stored, as the highlighter reads the text from memory.
	 */
	private static FieldType bodyType() {
		FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		return type;
	}

}
