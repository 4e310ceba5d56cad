package com.legspasms.web;

import java.util.List;

import com.legspasms.site.Category;
import com.legspasms.site.SiteProperties;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the shared layout needs on every page, error pages included.
 */
@ControllerAdvice
class SiteModelAdvice {

	private final SiteProperties properties;

	private final SiteUrls urls;

	SiteModelAdvice(SiteProperties properties, SiteUrls urls) {
		this.properties = properties;
		this.urls = urls;
	}

	/** @return the URL scheme, for templates: {@code th:href="@{${urls.article(article)}}"} */
	@ModelAttribute("urls")
	SiteUrls urls() {
		return this.urls;
	}

	@ModelAttribute("site")
	SiteProperties site() {
		return this.properties;
	}

	@ModelAttribute("navCategories")
	List<Category> navCategories() {
		return this.properties.categories();
	}

}
