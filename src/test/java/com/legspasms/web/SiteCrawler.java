package com.legspasms.web;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;

/**
 * Follows every link on the site from the home page, as a reader (or a search engine)
 * could.
 */
final class SiteCrawler {

	private SiteCrawler() {
	}

	/**
	 * Every page reachable from {@code /} through links on the site itself, by path, in
	 * the order they were found; links marked as leading to another type of document (the
	 * Atom feed of changes, say) are not followed.
	 */
	static Map<String, WebClient.Page> crawl(WebClient web) {
		Map<String, WebClient.Page> pages = new LinkedHashMap<>();
		Deque<String> queue = new ArrayDeque<>(List.of("/"));
		while (!queue.isEmpty()) {
			String path = queue.poll();
			if (pages.containsKey(path)) {
				continue;
			}
			WebClient.Page page = web.get(path);
			pages.put(path, page);
			for (Element link : page.html().select("a[href]:not([type])")) {
				URI target = URI.create(link.absUrl("href"));
				if ("127.0.0.1".equals(target.getHost())) {
					queue.add(target.getPath());
				}
			}
		}
		return pages;
	}

}
