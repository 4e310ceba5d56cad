package com.legspasms.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.legspasms.site.Article;
import com.legspasms.site.SiteProperties;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * schema.org JSON-LD for an article page: a MedicalWebPage (with its review date, its
 * clinical reviewer when the page names one, the condition it is about and its sources)
 * and a BreadcrumbList matching the page's breadcrumbs. Serialised by Jackson; the
 * characters that could close the surrounding script element are escaped.
 */
@Component
class StructuredData {

	private final JsonMapper json;

	private final SiteProperties settings;

	private final SiteUrls urls;

	StructuredData(JsonMapper json, SiteProperties settings, SiteUrls urls) {
		this.json = json;
		this.settings = settings;
		this.urls = urls;
	}

	String forArticle(Article article) {
		return htmlSafe(this.json.writeValueAsString(List.of(medicalWebPage(article), breadcrumbs(article))));
	}

	private Map<String, Object> medicalWebPage(Article article) {
		Map<String, Object> page = thing("MedicalWebPage");
		page.put("name", article.title());
		page.put("description", article.summary());
		page.put("url", this.settings.baseUrl() + this.urls.article(article));
		page.put("inLanguage", "en");
		if (article.reviewed() != null) {
			page.put("lastReviewed", article.reviewed().toString());
		}
		if (article.reviewedBy() != null) {
			Map<String, Object> reviewer = new LinkedHashMap<>();
			reviewer.put("@type", "Person");
			reviewer.put("name", article.reviewedBy().name());
			reviewer.put("jobTitle", article.reviewedBy().role());
			page.put("reviewedBy", reviewer);
		}
		if (article.condition() != null) {
			Map<String, Object> condition = new LinkedHashMap<>();
			condition.put("@type", "MedicalCondition");
			condition.put("name", article.condition());
			page.put("about", condition);
		}
		List<Map<String, Object>> citations = new ArrayList<>();
		article.sources().forEach((source) -> {
			Map<String, Object> citation = new LinkedHashMap<>();
			citation.put("@type", "CreativeWork");
			citation.put("name", source.title());
			citation.put("url", source.url());
			citations.add(citation);
		});
		page.put("citation", citations);
		Map<String, Object> website = new LinkedHashMap<>();
		website.put("@type", "WebSite");
		website.put("name", this.settings.name());
		website.put("url", this.settings.baseUrl() + "/");
		page.put("isPartOf", website);
		return page;
	}

	private Map<String, Object> breadcrumbs(Article article) {
		Map<String, Object> list = thing("BreadcrumbList");
		list.put("itemListElement",
				List.of(crumb(1, "Home", PageKind.HOME.path()),
						crumb(2, article.category().title(), this.urls.topic(article.category())),
						crumb(3, article.title(), this.urls.article(article))));
		return list;
	}

	private Map<String, Object> crumb(int position, String name, String path) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("@type", "ListItem");
		item.put("position", position);
		item.put("name", name);
		item.put("item", this.settings.baseUrl() + path);
		return item;
	}

	private static Map<String, Object> thing(String type) {
		Map<String, Object> thing = new LinkedHashMap<>();
		thing.put("@context", "https://schema.org");
		thing.put("@type", type);
		return thing;
	}

	/**
	 * In JSON these characters only occur inside strings, where their \\u escapes mean
	 * the same.
	 * @param json the JSON text
	 * @return the same JSON with {@code <}, {@code >} and {@code &} written as
	 * {@code \\u} escapes, safe inside a {@code <script>} element
	 */
	private static String htmlSafe(String json) {
		return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

}
