package com.legspasms.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.legspasms.rendering.Heading;
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
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * An in-memory Lucene index of one {@link SiteSnapshot}, and the searches against it.
 * Immutable once built; a new snapshot gets a new index.
 */
public final class SearchIndex {

	static final String SLUG = "slug";

	static final String TITLE = "title";

	static final String SUMMARY = "summary";

	static final String HEADINGS = "headings";

	static final String BODY = "body";

	/**
	 * The care cards. Most articles repeat the same warning signs, so on their own they
	 * say little about what an article is about: they count, but for less than the prose.
	 */
	static final String CARE_ADVICE = "care";

	/** Words as typed, for spelling suggestions. */
	static final String SPELLING = "spelling";

	private static final Map<String, Float> FIELD_BOOSTS = Map.of(TITLE, 5f, HEADINGS, 2f, SUMMARY, 2f, BODY, 1f,
			CARE_ADVICE, 0.3f);

	private static final float PHRASE_BOOST = 2f;

	/**
	 * How much better the corrected words' best match must score for "Did you mean" to be
	 * offered.
	 */
	static final float CLEARLY_BETTER = 1.2f;

	/** Words tried in place of a misspelt one count for less than the reader's own. */
	private static final float CORRECTION_BOOST = 0.3f;

	/** Corrections are looked for in the fields that say what an article is about. */
	private static final List<String> CORRECTION_FIELDS = List.of(TITLE, BODY);

	/**
	 * The reader's own words, close together in a title, mark the article about them.
	 * Phrases use the words as typed, not their synonyms (whose combinations grow with
	 * every word), only in the title (elsewhere they cost more than they add), and only
	 * for short queries.
	 */
	private static final int PHRASE_MAX_WORDS = 6;

	private static final FieldType BODY_TYPE = bodyType();

	/**
	 * Blocks of the body (paragraphs, list items, headings) are indexed one per line: the
	 * snippets.
	 */
	private static final char BLOCK_SEPARATOR = '\n';

	private final SiteSnapshot snapshot;

	private final SearchAnalyzers analyzers;

	private final IndexSearcher searcher;

	private final UnifiedHighlighter highlighter;

	/** Each Lucene document's article, so results need no stored-field reads. */
	private final Article[] articleByDoc;

	private final ReaderWords readerWords;

	private final SpellingCorrector corrector;

	private final CareTriggers careTriggers;

	private SearchIndex(SiteSnapshot snapshot, SearchAnalyzers analyzers, ReaderWords readerWords,
			DirectoryReader reader) throws IOException {
		this.snapshot = snapshot;
		this.analyzers = analyzers;
		this.readerWords = readerWords;
		this.corrector = SpellingCorrector.build(reader, readerWords);
		this.searcher = new IndexSearcher(reader);
		this.careTriggers = CareTriggers.of(snapshot, analyzers);
		this.articleByDoc = new Article[reader.maxDoc()];
		for (int doc = 0; doc < reader.maxDoc(); doc++) {
			String slug = this.searcher.storedFields().document(doc).get(SLUG);
			this.articleByDoc[doc] = snapshot.article(slug).orElseThrow();
		}
		this.highlighter = new InMemoryTextHighlighter(UnifiedHighlighter.builder(this.searcher, analyzers.index())
			.withHandleMultiTermQuery(false)
			.withHighlightPhrasesStrictly(false)
			.withBreakIterator(() -> new CustomSeparatorBreakIterator(BLOCK_SEPARATOR))
			.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " \u2026 ", true))
			.withMaxLength(200_000), (doc) -> bodyText(this.articleByDoc[doc]));
	}

	/**
	 * The text of an article's prose that is indexed and highlighted: its blocks outside
	 * the care cards, separated by {@link #BLOCK_SEPARATOR} so that a highlighted passage
	 * never spans two. Made from the article's text model each time, so the index holds
	 * no copy of it.
	 * @param article an article of the snapshot
	 * @return its prose blocks, joined by the separator
	 */
	private static String bodyText(Article article) {
		return String.join(String.valueOf(BLOCK_SEPARATOR), article.text().proseTexts());
	}

	/**
	 * Indexes a snapshot with no reader-vocabulary or never-suggested lists.
	 * @param snapshot the snapshot
	 * @param analyzers the site's analysis
	 * @return the index
	 */
	public static SearchIndex build(SiteSnapshot snapshot, SearchAnalyzers analyzers) {
		return build(snapshot, analyzers, ReaderWords.NONE);
	}

	/**
	 * Indexes every article of a snapshot, in memory.
	 * @param snapshot the snapshot
	 * @param analyzers the site's analysis
	 * @param readerWords the writers' spelling lists ({@link ReaderWords})
	 * @return the index, ready to search
	 */
	static SearchIndex build(SiteSnapshot snapshot, SearchAnalyzers analyzers, ReaderWords readerWords) {
		Analyzer perField = new PerFieldAnalyzerWrapper(analyzers.index(), Map.of(SPELLING, analyzers.spelling()));
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(perField))) {
			for (Article article : snapshot.articles()) {
				writer.addDocument(
						document(article, bodyText(article), String.join("\n", article.text().careCardTexts())));
			}
			writer.forceMerge(1);
			writer.commit();
			return new SearchIndex(snapshot, analyzers, readerWords, DirectoryReader.open(directory));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public SiteSnapshot snapshot() {
		return this.snapshot;
	}

	/**
	 * Finds the articles that match a reader's words. The words are analysed and built
	 * into a query term by term; they are never parsed as query syntax. The care blocks
	 * whose triggers the words match come with the results, whether or not any article
	 * matched.
	 * @param text the reader's words, already cut to length
	 * @param page the results page wanted, from 1 (taken as 1 below it, as
	 * {@link SearchResults#MAX_PAGE} above that)
	 * @return that page of results, with the total found, a "Did you mean" suggestion
	 * when one helps, and the matched care blocks
	 */
	public SearchResults search(SearchText text, int page) {
		if (text.isEmpty()) {
			return SearchResults.none(text);
		}
		return articles(text, page).withCareBlocks(this.careTriggers.matching(text.value(), this::isIndexedStem));
	}

	/**
	 * Whether an analysed word, or the same letters as typed, appears anywhere in any
	 * article.
	 * @param stem a word after analysis
	 * @return true when some article contains it
	 */
	private boolean isIndexedStem(String stem) {
		try {
			IndexReader reader = this.searcher.getIndexReader();
			return reader.docFreq(new Term(BODY, stem)) > 0 || reader.docFreq(new Term(CARE_ADVICE, stem)) > 0
					|| reader.docFreq(new Term(SPELLING, stem)) > 0;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private SearchResults articles(SearchText text, int page) {
		int wantedPage = Math.min(Math.max(page, 1), SearchResults.MAX_PAGE);
		TypedWords words = typedWords(text);
		try {
			SearchResults results;
			try {
				results = search(text, words, query(text.value(), words.allCorrections()), wantedPage);
			}
			catch (IndexSearcher.TooManyClauses ex) {
				results = search(text, words, plainQuery(words), wantedPage);
			}
			return (words.suggestion() != null) ? judgeCorrection(results, text, words.suggestion()) : results;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The query a search would correct the reader's words to, whether or not it would
	 * offer it.
	 * @param text what the reader typed
	 * @return the corrected words, or {@code null} when nothing needs correcting
	 */
	String correction(SearchText text) {
		return typedWords(text).suggestion();
	}

	private TypedWords typedWords(SearchText text) {
		return TypedWords.of(text.value(), this.analyzers, this.searcher.getIndexReader(), this.readerWords,
				this.corrector);
	}

	/**
	 * Keeps "Did you mean" only when the corrected words find clearly better results than
	 * the words as typed: the words as typed find nothing, or the best match for the
	 * corrected words scores at least {@value #CLEARLY_BETTER} times the best for the
	 * words as typed. Also notes whether the articles were found only through the
	 * correction.
	 * @param results the results found with the words as typed and their corrections
	 * @param text the words as typed
	 * @param corrected the words with each correction made
	 * @return the results, with the suggestion kept or dropped
	 */
	private SearchResults judgeCorrection(SearchResults results, SearchText text, String corrected) throws IOException {
		float asTyped = bestScore(text.value());
		float better = bestScore(corrected);
		boolean offer = better > 0 && (asTyped == 0 || better >= CLEARLY_BETTER * asTyped);
		SearchResults judged = offer ? results : results.withSuggestion(null);
		return judged.withFoundOnlyThroughCorrection(asTyped == 0 && results.total() > 0);
	}

	private float bestScore(String text) throws IOException {
		Query query;
		try {
			query = query(text, List.of());
			if (query == null) {
				return 0;
			}
			ScoreDoc[] best = this.searcher.search(query, 1).scoreDocs;
			return (best.length == 0) ? 0 : best[0].score;
		}
		catch (IndexSearcher.TooManyClauses ex) {
			return 0;
		}
	}

	private SearchResults search(SearchText text, TypedWords words, Query query, int wantedPage) throws IOException {
		if (query == null) {
			return SearchResults.none(text).withSuggestion(words.suggestion());
		}
		TopDocs top = this.searcher.search(query, wantedPage * SearchResults.PAGE_SIZE);
		int lastPage = Math.max(1, (top.scoreDocs.length + SearchResults.PAGE_SIZE - 1) / SearchResults.PAGE_SIZE);
		int page = Math.min(wantedPage, lastPage);
		ScoreDoc[] hits = Arrays.copyOfRange(top.scoreDocs,
				Math.min((page - 1) * SearchResults.PAGE_SIZE, top.scoreDocs.length),
				Math.min(page * SearchResults.PAGE_SIZE, top.scoreDocs.length));
		String[] snippets = this.highlighter.highlight(BODY, query, new TopDocs(top.totalHits, hits), 2);
		List<SearchResult> results = new ArrayList<>();
		for (int i = 0; i < hits.length; i++) {
			results.add(new SearchResult(this.articleByDoc[hits[i].doc], snippets[i]));
		}
		boolean exact = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
		return new SearchResults(text, (int) top.totalHits.value(), exact, page, results, words.suggestion(), List.of(),
				false);
	}

	/**
	 * The reader's words (with their synonyms) in every field, each field weighted by how
	 * much it says about an article; the words close together in a title; and the
	 * corrections of misspelt words, weighted lower.
	 * @param text the reader's words
	 * @param corrections known words tried in place of unknown or misspelt ones
	 * @return the Lucene query, built clause by clause (the reader's text is never parsed
	 * as query syntax)
	 */
	Query query(String text, List<String> corrections) {
		QueryBuilder withSynonyms = new QueryBuilder(this.analyzers.query());
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		boolean any = false;
		for (Map.Entry<String, Float> field : FIELD_BOOSTS.entrySet()) {
			any |= add(query, withSynonyms.createBooleanQuery(field.getKey(), text, Occur.SHOULD), field.getValue());
		}
		if (SearchAnalyzers.tokens(this.analyzers.spelling(), SPELLING, text).size() <= PHRASE_MAX_WORDS) {
			add(query, new QueryBuilder(this.analyzers.index()).createPhraseQuery(TITLE, text, 3), PHRASE_BOOST);
		}
		for (String correction : corrections) {
			for (String field : CORRECTION_FIELDS) {
				any |= add(query, withSynonyms.createBooleanQuery(field, correction, Occur.SHOULD), CORRECTION_BOOST);
			}
		}
		return any ? query.build() : null;
	}

	private static boolean add(BooleanQuery.Builder query, Query clause, float boost) {
		if (clause == null) {
			return false;
		}
		query.add(new BoostQuery(clause, boost), Occur.SHOULD);
		return true;
	}

	/**
	 * Each distinct word once, in the body only, without synonyms, phrases or
	 * corrections: for queries so long that the full query would grow past Lucene's
	 * clause limit.
	 * @param words the reader's words, split
	 * @return a Lucene query on the body field, each analysed word an optional
	 * ({@code SHOULD}) clause
	 */
	private Query plainQuery(TypedWords words) {
		return new QueryBuilder(this.analyzers.index()).createBooleanQuery(BODY, String.join(" ", words.words()),
				Occur.SHOULD);
	}

	private static Document document(Article article, String bodyText, String careAdvice) {
		String headings = String.join("\n",
				article.text()
					.headings()
					.stream()
					.filter((heading) -> heading.level() >= 2 && heading.level() <= 4 && !heading.text().isEmpty())
					.map(Heading::text)
					.toList());
		Document document = new Document();
		document.add(new StringField(SLUG, article.slug(), Field.Store.YES));
		document.add(new TextField(TITLE, article.title(), Field.Store.YES));
		document.add(new TextField(SUMMARY, article.summary(), Field.Store.YES));
		document.add(new TextField(HEADINGS, headings, Field.Store.NO));
		document.add(new Field(BODY, bodyText, BODY_TYPE));
		document.add(new TextField(CARE_ADVICE, careAdvice, Field.Store.NO));
		document.add(new TextField(SPELLING,
				String.join(" ", article.title(), article.summary(), headings, bodyText, careAdvice), Field.Store.NO));
		return document;
	}

	/**
	 * Indexed with offsets so the highlighter finds matches without re-analysing the
	 * text; not stored, as the highlighter reads the text from memory.
	 * @return a frozen field type: tokenized, with positions and offsets, not stored
	 */
	private static FieldType bodyType() {
		FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		return type;
	}

}
