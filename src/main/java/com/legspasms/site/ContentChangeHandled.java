package com.legspasms.site;

import java.util.List;

import com.legspasms.content.ContentProblem;

/**
 * Published after the site has handled a change to its content folder, whether the change
 * was published or refused; preview mode uses it to refresh the pages writers have open.
 *
 * @param change how many changes the site has handled since it started (1 for the first)
 * @param problems why the change was refused, as {@code FILE:LINE: message}; empty when
 * it is being served
 */
public record ContentChangeHandled(long change, List<ContentProblem> problems) {

	public ContentChangeHandled {
		problems = List.copyOf(problems);
	}

}
