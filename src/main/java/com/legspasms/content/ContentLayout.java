package com.legspasms.content;

import java.nio.file.Path;

/**
 * The layout of a content folder ({@code site.content-dir}, default {@code content}),
 * said once: every class that resolves a path in it asks this record. <pre>
 * content/
 *   articles/NAME.md        one article per file (required)
 *   care/NAME.md            shared care blocks (optional)
 *   images/NAME.svg         pictures shown inline (optional)
 *   synonyms.txt            search synonyms (optional)
 *   reader-words.txt        misspellings readers type, and the words they mean (optional)
 *   never-suggested.txt     words never offered as a spelling correction (optional)
 * </pre>
 *
 * @param root the content folder
 */
public record ContentLayout(Path root) {

	/** The folder of articles. */
	public static final String ARTICLES = "articles";

	/** The folder of shared care blocks. */
	public static final String CARE = "care";

	/** The folder of pictures; articles link them as {@code ../images/NAME.svg}. */
	public static final String IMAGES = "images";

	/** The search synonyms file. */
	public static final String SYNONYMS = "synonyms.txt";

	/** The file of readers' misspellings. */
	public static final String READER_WORDS = "reader-words.txt";

	/** The file of words never suggested as a correction. */
	public static final String NEVER_SUGGESTED = "never-suggested.txt";

	/**
	 * Returns the folder of articles, {@code ROOT/articles}.
	 * @return the folder of articles, {@code ROOT/articles}
	 */
	public Path articles() {
		return this.root.resolve(ARTICLES);
	}

	/**
	 * Returns the folder of care blocks, {@code ROOT/care} (it may be absent).
	 * @return the folder of care blocks, {@code ROOT/care} (it may be absent)
	 */
	public Path care() {
		return this.root.resolve(CARE);
	}

	/**
	 * Returns the folder of pictures, {@code ROOT/images} (it may be absent).
	 * @return the folder of pictures, {@code ROOT/images} (it may be absent)
	 */
	public Path images() {
		return this.root.resolve(IMAGES);
	}

	/**
	 * Returns the synonyms file, {@code ROOT/synonyms.txt} (it may be absent).
	 * @return the synonyms file, {@code ROOT/synonyms.txt} (it may be absent)
	 */
	public Path synonyms() {
		return this.root.resolve(SYNONYMS);
	}

	/**
	 * Returns the readers' misspellings file, {@code ROOT/reader-words.txt} (it may be
	 * absent).
	 * @return the readers' misspellings file, {@code ROOT/reader-words.txt} (it may be
	 * absent)
	 */
	public Path readerWords() {
		return this.root.resolve(READER_WORDS);
	}

	/**
	 * Returns the never-suggested words file, {@code ROOT/never-suggested.txt} (it may be
	 * absent).
	 * @return the never-suggested words file, {@code ROOT/never-suggested.txt} (it may be
	 * absent)
	 */
	public Path neverSuggested() {
		return this.root.resolve(NEVER_SUGGESTED);
	}

}
