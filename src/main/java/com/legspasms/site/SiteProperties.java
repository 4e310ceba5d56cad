package com.legspasms.site;

import java.time.Period;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The site's settings, from the {@code site.*} keys of {@code application.yml}.
 *
 * @param name the site's name, shown in the header and page titles
 * @param tagline one sentence on what the site is for
 * @param baseUrl the public address of the site, without a trailing slash
 * @param contentDir the folder holding {@code articles/}
 * @param hub slug of the article the home page leads with
 * @param popular slugs of the articles offered when a search finds nothing
 * @param reviewInterval how long after its last review an article is due for another
 * @param categories the categories, in the order they are shown
 * @param compareCareBlocks names of the shared care blocks the comparison page places
 * above its table
 * @param preview whether the site runs for writers (drafts shown, pages refresh on save,
 * problems in the page); off by default and in the packaged jar, on with
 * {@code --site.preview=true} or the {@code preview} profile
 * @param requireClinicalSignOff whether a published page without {@code reviewed-by} is a
 * content problem, for publishers who have clinical reviewers
 */
@ConfigurationProperties("site")
@Validated
public record SiteProperties(@NotBlank String name, @NotBlank String tagline, @NotBlank String baseUrl,
		@DefaultValue("content") String contentDir, @NotBlank String hub, @DefaultValue List<String> popular,
		@DefaultValue("3y") Period reviewInterval, @NotEmpty List<@Valid Category> categories,
		@DefaultValue List<String> compareCareBlocks, @DefaultValue("false") boolean preview,
		@DefaultValue("false") boolean requireClinicalSignOff) {

	public List<String> categoryKeys() {
		return this.categories.stream().map(Category::key).toList();
	}

}
