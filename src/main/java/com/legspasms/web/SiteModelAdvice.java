package com.legspasms.web;

import java.util.Map;

import com.legspasms.site.SiteProperties;

import org.springframework.ui.Model;
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

	@ModelAttribute
	void layout(Model model) {
		model.addAllAttributes(layoutModel(this.properties));
	}

	/**
	 * The attributes {@code fragments/layout.html} reads on every page: {@code site} (the site's
	 * settings) and {@code navCategories} (the categories, in the order they are shown). Also used
	 * for pages rendered outside a request ({@link ServerErrorPages}).
	 * @param properties the site's settings
	 * @return the attributes by name
	 */
	static Map<String, Object> layoutModel(SiteProperties properties) {
		return Map.of("site", properties, "navCategories", properties.categories());
	}

}
