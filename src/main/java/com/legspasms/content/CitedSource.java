package com.legspasms.content;

import jakarta.validation.constraints.NotNull;

/**
 * A publication an article's facts come from.
 *
 * @param title the publication's title, as shown in the page's Sources list
 * @param url its address
 */
public record CitedSource(@NotNull String title, @NotNull String url) {
}
