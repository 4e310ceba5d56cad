/**
 * Markdown to HTML with flexmark ({@link MarkdownRenderer}): GitHub's heading ids,
 * tables, footnotes, care cards, article link rewriting, the link scheme allow-list and
 * the nesting limit; and each article's text model ({@link ArticleText}: text blocks,
 * headings, care cards, links, reading level), built once when the article is rendered.
 */
package com.legspasms.rendering;
