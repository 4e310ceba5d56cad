package com.legspasms.web;

import java.time.Clock;
import java.time.LocalDate;

import com.legspasms.site.Article;
import com.legspasms.site.PublishedSite;
import com.legspasms.site.SiteSnapshot;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

@Controller
class ArticleController {

	private final PublishedSite content;

	private final StructuredData structuredData;

	private final Clock clock = Clock.systemDefaultZone();

	private final SiteUrls urls;

	ArticleController(PublishedSite content, StructuredData structuredData, SiteUrls urls) {
		this.content = content;
		this.structuredData = structuredData;
		this.urls = urls;
	}

	@GetMapping("/articles/{slug}")
	ModelAndView article(@PathVariable String slug) {
		SiteSnapshot snapshot = this.content.current();
		Article article = snapshot.article(slug).orElse(null);
		if (article == null) {
			return snapshot.aliasTarget(slug).map(this::movedTo).orElseThrow(NotFoundException::new);
		}
		return new ModelAndView("article").addObject("article", article)
			.addObject("related", snapshot.relatedConditions(article))
			.addObject("neighbours", snapshot.neighbours(article))
			.addObject("similar", snapshot.comparison().similarTo(article))
			.addObject("dueForReview", snapshot.isDueForReview(article, LocalDate.now(this.clock)))
			.addObject("structuredData", article.isPublished() ? this.structuredData.forArticle(article) : null);
	}

	private ModelAndView movedTo(String slug) {
		RedirectView redirect = new RedirectView(this.urls.pathOf(slug), true);
		redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		return new ModelAndView(redirect);
	}

}
