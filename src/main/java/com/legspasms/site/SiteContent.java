package com.legspasms.site;

import java.nio.file.Path;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;

/**
 * Holds the snapshot the site is serving. Built at start-up, so broken content stops the site
 * from starting.
 */
@Component
public class SiteContent {

	private static final Log logger = LogFactory.getLog(SiteContent.class);

	private volatile SiteSnapshot current;

	public SiteContent(SiteSnapshotFactory factory, SiteProperties properties) {
		Path contentDir = Path.of(properties.contentDir());
		long start = System.nanoTime();
		this.current = factory.build(contentDir);
		logger.info("Loaded " + this.current.articles().size() + " articles from " + contentDir.toAbsolutePath()
				+ " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
	}

	public SiteSnapshot current() {
		return this.current;
	}

}
