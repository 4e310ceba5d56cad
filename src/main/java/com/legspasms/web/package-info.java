/**
 * The web layer: the catalogue of page kinds ({@link PageKind}: address pattern, kept in
 * memory or not, cache lifetime, export and sitemap), the one URL scheme
 * ({@link SiteUrls}), and thin controllers for the home page, articles, topics,
 * comparison, search and the error pages.
 */
package com.legspasms.web;
