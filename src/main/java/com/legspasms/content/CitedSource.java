package com.legspasms.content;

import jakarta.validation.constraints.NotNull;

/**
 * A publication an article's facts come from.
 */
public record CitedSource(@NotNull String title, @NotNull String url) {
}
