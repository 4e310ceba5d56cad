package com.legspasms.web.discovery;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.legspasms.content.PageChange;
import com.legspasms.site.Article;
import com.legspasms.site.PublishedSite;
import com.legspasms.site.SiteProperties;
import com.legspasms.web.SiteUrls;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /changes.xml}: an Atom feed of the clinical changes (changes to the health
 * advice) of every published page, newest first, from each page's {@code changes:} front
 * matter. Editorial changes (wording, layout) are left out: they are on each page's "Page
 * history".
 */
@RestController
class ChangesFeedController {

	private final PublishedSite content;

	private final SiteProperties settings;

	private final SiteUrls urls;

	ChangesFeedController(PublishedSite content, SiteProperties settings, SiteUrls urls) {
		this.content = content;
		this.settings = settings;
		this.urls = urls;
	}

	/**
	 * Returns the feed as {@code application/atom+xml}; an empty feed when no page has a
	 * clinical change.
	 * @return the feed as {@code application/atom+xml}; an empty feed when no page has a
	 * clinical change
	 */
	@GetMapping("/changes.xml")
	ResponseEntity<String> changes() {
		List<Entry> entries = new ArrayList<>();
		for (Article article : this.content.current().articles()) {
			if (article.isPublished()) {
				article.changes()
					.stream()
					.filter(PageChange::isClinical)
					.forEach((change) -> entries.add(new Entry(article, change)));
			}
		}
		entries.sort(Comparator.comparing((Entry entry) -> entry.change().date())
			.reversed()
			.thenComparing((entry) -> entry.article().title()));
		XmlDocument xml = new XmlDocument("feed", "http://www.w3.org/2005/Atom")
			.element("title", this.settings.name() + ": changes to health advice")
			.element("subtitle", "Each change to the health advice of a page, with the date it was published.")
			.element("id", this.settings.baseUrl() + "/changes.xml")
			.empty("link", "rel", "self", "type", FeedController.ATOM.toString(), "href",
					this.settings.baseUrl() + "/changes.xml")
			.empty("link", "rel", "alternate", "type", "text/html", "href", this.settings.baseUrl() + "/")
			.element("updated", timestamp(entries.isEmpty() ? LocalDate.EPOCH : entries.get(0).change().date()))
			.start("author")
			.element("name", this.settings.name())
			.end();
		for (Entry entry : entries) {
			String url = this.settings.baseUrl() + this.urls.article(entry.article());
			int index = entry.article().changes().indexOf(entry.change());
			xml.start("entry")
				.element("title", entry.article().title() + ": " + entry.change().summary())
				.empty("link", "rel", "alternate", "type", "text/html", "href", url + "#history-title")
				.element("id", url + "#change-" + entry.change().date() + "-" + index)
				.element("updated", timestamp(entry.change().date()))
				.element("summary", entry.change().summary())
				.end();
		}
		return ResponseEntity.ok().contentType(FeedController.ATOM).body(xml.end().finish());
	}

	private static String timestamp(LocalDate date) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date.atStartOfDay().atOffset(ZoneOffset.UTC));
	}

	private record Entry(Article article, PageChange change) {
	}

}
