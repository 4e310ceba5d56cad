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

	@ModelAttribute
	void layout(Model model) {
		model.addAllAttributes(layoutModel(this.properties, this.urls));
	}

	/**
	 * The attributes {@code fragments/layout.html} reads on every page: {@code site} (the
	 * site's settings), {@code navCategories} (the categories, in the order they are
	 * shown) and {@code urls} (the URL scheme, for templates:
	 * {@code th:href="@{${urls.article(article)}}"}). Also used for pages rendered
	 * outside a request ({@link ServerErrorPages}).
	 * @param properties the site's settings
	 * @param urls the site's URL scheme
	 * @return the attributes by name
	 */
	static Map<String, Object> layoutModel(SiteProperties properties, SiteUrls urls) {
		return Map.of("site", properties, "navCategories", properties.categories(), "urls", urls);
	}

}
