/**
 * The immutable {@link SiteSnapshot}, built one stage a line in
 * {@link SiteSnapshotFactory#build}: load, render, check (cross-references, publication,
 * care blocks, configuration) and assemble (categories, reading order, link graph,
 * aliases, related articles); {@link ContentWatcher} swaps in a new snapshot when the
 * content folder changes, and {@link PublishedSite} holds the one being served.
 */
package com.legspasms.site;
