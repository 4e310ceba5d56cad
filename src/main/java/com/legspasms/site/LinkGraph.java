package com.legspasms.site;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which articles link to which from their bodies (not counting links to themselves).
 */
public final class LinkGraph {

	private final Map<String, Set<String>> outgoing;

	private final Map<String, Set<String>> incoming;

	LinkGraph(Map<String, Set<String>> outgoing, Map<String, Set<String>> incoming) {
		this.outgoing = copy(outgoing);
		this.incoming = copy(incoming);
	}

	/**
	 * The slugs of the articles this article's body links to.
	 * @param slug an article's slug
	 * @return the slugs it links to; empty when none
	 */
	public Set<String> from(String slug) {
		return this.outgoing.getOrDefault(slug, Set.of());
	}

	/**
	 * The slugs of the articles whose bodies link to this article.
	 * @param slug an article's slug
	 * @return the slugs of the articles linking to it; empty when none
	 */
	public Set<String> to(String slug) {
		return this.incoming.getOrDefault(slug, Set.of());
	}

	private static Map<String, Set<String>> copy(Map<String, Set<String>> links) {
		Map<String, Set<String>> copy = new HashMap<>();
		links.forEach((slug, targets) -> copy.put(slug, Set.copyOf(targets)));
		return Map.copyOf(copy);
	}

}
