package com.legspasms.content;

import jakarta.validation.constraints.NotNull;

/**
 * The clinician who signed off a page's health advice, from front matter
 * {@code reviewed-by: {name: ..., role: ...}}. Only ever what a writer wrote: the site
 * never invents a reviewer.
 *
 * @param name the reviewer's name as it should be shown, such as "Dr Asha Patel"
 * @param role their clinical role, such as "GP" or "physiotherapist"
 */
public record ClinicalReviewer(@NotNull String name, @NotNull String role) {
}
