package com.legspasms.web.discovery;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

import com.legspasms.site.Article;
import com.legspasms.site.PublishedSite;
import com.legspasms.site.SiteProperties;
import com.legspasms.web.PageKind;
import com.legspasms.web.SiteUrls;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An Atom feed of the articles, most recently reviewed first.
 */
@RestController
class FeedController {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml");

	private final PublishedSite content;

	private final SiteProperties settings;

	private final SiteUrls urls;

	FeedController(PublishedSite content, SiteProperties settings, SiteUrls urls) {
		this.content = content;
		this.settings = settings;
		this.urls = urls;
	}

	@GetMapping("/feed.xml")
	ResponseEntity<String> feed() {
		List<Article> articles = this.content.current()
			.articles()
			.stream()
			.filter((article) -> article.isPublished() && article.reviewed() != null)
			.sorted(Comparator.comparing(Article::reviewed).reversed().thenComparing(Article::title))
			.toList();
		XmlDocument xml = new XmlDocument("feed", "http://www.w3.org/2005/Atom").element("title", this.settings.name())
			.element("subtitle", this.settings.tagline())
			.element("id", this.settings.baseUrl() + "/")
			.empty("link", "rel", "self", "type", ATOM.toString(), "href",
					this.settings.baseUrl() + PageKind.FEED.path())
			.empty("link", "rel", "alternate", "type", "text/html", "href", this.settings.baseUrl() + "/")
			.element("updated", articles.isEmpty() ? timestamp(LocalDate.EPOCH) : timestamp(articles.get(0).reviewed()))
			.start("author")
			.element("name", this.settings.name())
			.end();
		for (Article article : articles) {
			String url = this.settings.baseUrl() + this.urls.article(article);
			xml.start("entry")
				.element("title", article.title())
				.empty("link", "rel", "alternate", "type", "text/html", "href", url)
				.element("id", url)
				.element("updated", timestamp(article.reviewed()))
				.element("summary", article.summary())
				.empty("category", "term", article.category().key(), "label", article.category().title())
				.end();
		}
		return ResponseEntity.ok().contentType(ATOM).body(xml.end().finish());
	}

	private static String timestamp(LocalDate date) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date.atStartOfDay().atOffset(ZoneOffset.UTC));
	}

}
