package com.legspasms.search;

import com.legspasms.site.Article;

/**
 * One matching article and where the words matched.
 *
 * @param article the article
 * @param snippetHtml a passage of the body, HTML-escaped except for {@code <mark>} around
 * matches, or {@code null} when only the title or summary matched
 */
public record SearchResult(Article article, String snippetHtml) {
}
