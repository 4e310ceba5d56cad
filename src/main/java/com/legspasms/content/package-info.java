/**
 * Reading the content folder: articles ({@code content/articles/*.md}), care blocks
 * ({@code content/care/*.md}) and the search word lists, front matter mapped onto
 * {@link FrontMatter}, and every problem reported as {@code FILE:LINE: message}. Also the
 * folder's layout ({@link ContentLayout}) and the one slug rule ({@link Slug}).
 */
package com.legspasms.content;
