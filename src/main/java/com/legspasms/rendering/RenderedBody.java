package com.legspasms.rendering;

import java.util.List;

import com.legspasms.pictures.PictureReference;

/**
 * An article body parsed and rendered once, with what the site's checks need to know
 * about it. The parse tree itself is not kept: on a large site, holding every article's
 * tree at once would take far more memory than the HTML.
 *
 * @param html the rendered body
 * @param text its text, read once from the rendered body (empty for a refused body and
 * for a care block's card)
 * @param links every link it holds, with its line
 * @param pictures every picture it shows, with its line
 * @param carePlacements every shared care block it places ({@code !!! care NAME}), with
 * its line
 * @param issues what is wrong with it, by line
 */
public record RenderedBody(String html, ArticleText text, List<BodyLink> links, List<PictureReference> pictures,
		List<CarePlacement> carePlacements, List<MarkdownIssue> issues) {

	/** Its headings with their ids and lines, in order. */
	public List<Heading> headings() {
		return this.text.headings();
	}

	public boolean hasHeadingId(String id) {
		return headings().stream().anyMatch((heading) -> heading.id().equals(id));
	}

}
