package com.legspasms.web.preview;

import java.util.List;

/**
 * What a page shows a writer in preview mode: the number of the content change it was
 * rendered after (its script reloads the page when the site handles another), and why the
 * last change was refused, one {@code FILE:LINE: message} per problem (empty when it was
 * published).
 *
 * @param change the number of the last content change handled
 * @param problems the problems of the last change, as writers read them
 */
public record PreviewState(long change, List<String> problems) {

	public PreviewState {
		problems = List.copyOf(problems);
	}

}
