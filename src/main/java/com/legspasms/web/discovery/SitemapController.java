package com.legspasms.web.discovery;

import com.legspasms.site.Article;
import com.legspasms.site.CategorySection;
import com.legspasms.site.SiteContent;
import com.legspasms.site.SiteProperties;
import com.legspasms.site.SiteSnapshot;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /sitemap.xml} and {@code /robots.txt}: every page search engines should know about.
 */
@RestController
class SitemapController {

	private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private final SiteContent content;

	private final SiteProperties site;

	SitemapController(SiteContent content, SiteProperties site) {
		this.content = content;
		this.site = site;
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> sitemap() {
		SiteSnapshot snapshot = this.content.current();
		XmlDocument xml = new XmlDocument("urlset", NAMESPACE);
		url(xml, "/", null);
		url(xml, "/topics", null);
		url(xml, "/compare", null);
		for (CategorySection section : snapshot.sections()) {
			url(xml, section.category().url(), null);
		}
		for (Article article : snapshot.articles()) {
			if (!article.isPublished()) {
				continue;
			}
			url(xml, article.url(), (article.reviewed() != null) ? article.reviewed().toString() : null);
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml.end().finish());
	}

	@GetMapping("/robots.txt")
	ResponseEntity<String> robots() {
		String robots = String.join("\n", "User-agent: *", "Allow: /", "Disallow: /search",
				"Sitemap: " + this.site.baseUrl() + "/sitemap.xml", "");
		return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(robots);
	}

	private void url(XmlDocument xml, String path, String lastModified) {
		xml.start("url").element("loc", this.site.baseUrl() + path);
		if (lastModified != null) {
			xml.element("lastmod", lastModified);
		}
		xml.end();
	}

}
