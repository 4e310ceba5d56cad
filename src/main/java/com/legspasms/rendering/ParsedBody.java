package com.legspasms.rendering;

import java.util.List;

import com.vladsch.flexmark.util.ast.Document;

/**
 * An article body parsed once, with what the site's checks need to know about it. Rendering it to
 * HTML is a separate step so that all articles can be checked against each other first.
 */
public record ParsedBody(Document document, List<Heading> headings, List<BodyLink> links,
		List<PictureReference> pictures, List<MarkdownIssue> issues) {

	public boolean hasHeadingId(String id) {
		return this.headings.stream().anyMatch((heading) -> heading.id().equals(id));
	}

}
