package com.legspasms.site;

/**
 * Published when a new snapshot has been built from changed content, before readers see
 * it: listeners prepare what they derive from it (the search index, say) so the swap is
 * instant.
 *
 * @param snapshot the snapshot about to be served
 */
public record SiteSnapshotBuilt(SiteSnapshot snapshot) {
}
