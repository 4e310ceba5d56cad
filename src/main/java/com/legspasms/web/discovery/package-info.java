/**
 * What machines read to find the site's pages: the sitemap, {@code robots.txt}, the Atom
 * feeds (articles, and clinical changes at {@code /changes.xml}) and the OpenSearch
 * description.
 */
package com.legspasms.web.discovery;
