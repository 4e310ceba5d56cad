package com.legspasms.web.http;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The pages kept in memory, from the {@code site.page-cache.*} keys.
 *
 * @param maxSize the most the kept pages may take together, counting each page's plain
 * and gzipped bytes (default {@code 64MB}); when a new page would pass it, the pages
 * least likely to be asked for again (by how often and how recently they were, Caffeine's
 * policy) are let go, and rendered again when next asked for. It bounds the memory a
 * crawler walking every page of a large site can fill: 10,000 pages of 50 KB would
 * otherwise take about 500 MB.
 */
@ConfigurationProperties("site.page-cache")
public record PageCacheProperties(@DefaultValue("64MB") DataSize maxSize) {

	/**
	 * Checks the size.
	 * @throws IllegalArgumentException when it is negative, naming the key and the value
	 * (Spring Boot reports it as a failure to bind {@code site.page-cache})
	 */
	public PageCacheProperties {
		if (maxSize.isNegative()) {
			throw new IllegalArgumentException(
					"site.page-cache.max-size must be 0 (keep no pages) or more, such as 64MB, not " + maxSize);
		}
	}

}
