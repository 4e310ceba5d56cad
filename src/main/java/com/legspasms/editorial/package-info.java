/**
 * The editorial rules a program can check (length, reading level, sources, links in and
 * out, care advice) and the writers' content report; both read each article's
 * {@code ArticleText}, never its HTML.
 */
package com.legspasms.editorial;
