package com.legspasms.site;

import com.legspasms.content.Slug;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * A group of articles readers can browse, configured in {@code application.yml}.
 *
 * @param key the value writers put in {@code category:} and the last part of its URL
 * @param title what readers see
 * @param description one sentence shown on the topic page
 */
public record Category(@NotBlank @Pattern(regexp = Slug.REGEX) String key, @NotBlank String title,
		@NotBlank String description) {
}
