/**
 * Search: the Lucene index of a snapshot, its analysis and synonyms (the word lists come
 * with the snapshot), queries built from the reader's words (never Lucene syntax),
 * spelling corrections and highlighted passages.
 */
package com.legspasms.search;
