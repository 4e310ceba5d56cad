package com.legspasms.web.discovery;

import com.legspasms.site.Article;
import com.legspasms.site.CategorySection;
import com.legspasms.site.PublishedSite;
import com.legspasms.site.SiteProperties;
import com.legspasms.site.SiteSnapshot;
import com.legspasms.web.PageKind;
import com.legspasms.web.SiteUrls;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /sitemap.xml} and {@code /robots.txt}: every page search engines should know
 * about, as the catalogue ({@link PageKind#sitemap()}) lists them, in catalogue order.
 */
@RestController
class SitemapController {

	private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private final PublishedSite content;

	private final SiteProperties settings;

	private final SiteUrls urls;

	SitemapController(PublishedSite content, SiteProperties settings, SiteUrls urls) {
		this.content = content;
		this.settings = settings;
		this.urls = urls;
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> sitemap() {
		SiteSnapshot snapshot = this.content.current();
		XmlDocument xml = new XmlDocument("urlset", NAMESPACE);
		for (PageKind kind : PageKind.values()) {
			switch (kind.sitemap()) {
				case ONCE -> url(xml, kind.path(), null);
				case EACH -> listEach(xml, kind, snapshot);
				case NO -> {
				}
			}
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml.end().finish());
	}

	@GetMapping("/robots.txt")
	ResponseEntity<String> robots() {
		String robots = String.join("\n", "User-agent: *", "Allow: /", "Disallow: " + PageKind.SEARCH.path(),
				"Sitemap: " + this.settings.baseUrl() + PageKind.SITEMAP.path(), "");
		return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(robots);
	}

	/**
	 * Lists every published page of a kind listed page by page
	 * ({@link PageKind.Sitemap#EACH}).
	 * @param xml the sitemap being written, added to
	 * @param kind the page kind, one listed page by page
	 * @param snapshot the snapshot whose articles or categories are listed
	 */
	private void listEach(XmlDocument xml, PageKind kind, SiteSnapshot snapshot) {
		switch (kind) {
			case TOPIC -> {
				for (CategorySection section : snapshot.sections()) {
					url(xml, this.urls.topic(section.category()), null);
				}
			}
			case ARTICLE -> {
				for (Article article : snapshot.articles()) {
					if (article.isPublished()) {
						url(xml, this.urls.article(article),
								(article.reviewed() != null) ? article.reviewed().toString() : null);
					}
				}
			}
			default -> throw new IllegalStateException("the sitemap cannot list each page of kind " + kind);
		}
	}

	private void url(XmlDocument xml, String path, String lastModified) {
		xml.start("url").element("loc", this.settings.baseUrl() + path);
		if (lastModified != null) {
			xml.element("lastmod", lastModified);
		}
		xml.end();
	}

}
