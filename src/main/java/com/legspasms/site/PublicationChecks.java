package com.legspasms.site;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.legspasms.content.ArticleBody;
import com.legspasms.content.ArticleFile;
import com.legspasms.content.ContentProblem;
import com.legspasms.rendering.ArticleAddresses;
import com.legspasms.rendering.ArticleLink;
import com.legspasms.rendering.BodyLink;
import com.legspasms.rendering.RenderedBody;

/**
 * Checks what publishing needs: a published page may not lead readers to a page they
 * cannot see (a draft or a page in review), through its body or its {@code related} list;
 * and, where the publisher requires clinical sign-off
 * ({@code site.require-clinical-sign-off}), every published page names its clinical
 * reviewer (the NHS standard for creating health content asks for clinical approval
 * before health information is published).
 */
class PublicationChecks {

	private final Map<String, ArticleFile> sources = new HashMap<>();

	private final Map<ArticleBody, RenderedBody> bodies;

	private final boolean requireClinicalSignOff;

	private final List<ContentProblem> problems;

	private final ArticleAddresses addresses;

	/**
	 * Creates the checks of what may be published.
	 * @param sources the articles whose front matter read cleanly
	 * @param bodies every article body, parsed
	 * @param requireClinicalSignOff whether a published page without {@code reviewed-by}
	 * is a problem
	 * @param problems where to report what is wrong, as {@code FILE:LINE: message}
	 * @param addresses the site's article addresses, to recognise links to articles
	 */
	PublicationChecks(Collection<ArticleFile> sources, Map<ArticleBody, RenderedBody> bodies,
			boolean requireClinicalSignOff, List<ContentProblem> problems, ArticleAddresses addresses) {
		this.addresses = addresses;
		sources.forEach((source) -> this.sources.put(source.slug(), source));
		this.bodies = bodies;
		this.requireClinicalSignOff = requireClinicalSignOff;
		this.problems = problems;
	}

	void run() {
		this.bodies.forEach((body, parsed) -> {
			if (isPublished(body.slug())) {
				for (BodyLink link : parsed.links()) {
					ArticleLink.parse(link.url(), this.addresses)
						.filter((target) -> isUnpublished(target.slug()))
						.ifPresent((target) -> this.problems.add(body.problemAt(link.line(),
								"link to '" + link.url() + "': the article '" + target.slug() + "' is "
										+ statusOf(target.slug())
										+ ", so readers cannot open it; publish it first or remove the link")));
				}
			}
		});
		for (ArticleFile source : this.sources.values()) {
			if (!source.frontMatter().status().isPublished()) {
				continue;
			}
			List<String> related = source.frontMatter().related();
			for (int i = 0; i < related.size(); i++) {
				if (isUnpublished(related.get(i))) {
					this.problems.add(source.problemAt(source.relatedLines().get(i),
							"related article '" + related.get(i) + "' is " + statusOf(related.get(i))
									+ ", so readers cannot open it; publish it first or remove it"));
				}
			}
			if (this.requireClinicalSignOff && source.frontMatter().reviewedBy() == null) {
				this.problems.add(source.problemAt(source.lineOf("title"),
						"published page has no clinical sign-off: add 'reviewed-by: {name: ..., role: ...}' "
								+ "(site.require-clinical-sign-off is on)"));
			}
		}
	}

	private boolean isPublished(String slug) {
		ArticleFile source = this.sources.get(slug);
		return source != null && source.frontMatter().status().isPublished();
	}

	private boolean isUnpublished(String slug) {
		ArticleFile source = this.sources.get(slug);
		return source != null && !source.frontMatter().status().isPublished();
	}

	private String statusOf(String slug) {
		return "'" + this.sources.get(slug).frontMatter().status().key() + "'";
	}

}
