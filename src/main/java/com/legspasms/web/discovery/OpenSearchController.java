package com.legspasms.web.discovery;

import com.legspasms.site.SiteProperties;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The OpenSearch description that lets browsers add the site's search.
 */
@RestController
class OpenSearchController {

	static final MediaType OPENSEARCH = MediaType.parseMediaType("application/opensearchdescription+xml");

	private final String description;

	OpenSearchController(SiteProperties settings) {
		this.description = new XmlDocument("OpenSearchDescription", "http://a9.com/-/spec/opensearch/1.1/")
			.element("ShortName", settings.name())
			.element("Description", "Search " + settings.name() + ": " + settings.tagline())
			.element("InputEncoding", "UTF-8")
			.empty("Url", "type", "text/html", "method", "get", "template",
					settings.baseUrl() + "/search?q={searchTerms}")
			.empty("Url", "type", OPENSEARCH.toString(), "rel", "self", "template",
					settings.baseUrl() + "/opensearch.xml")
			.end()
			.finish();
	}

	@GetMapping("/opensearch.xml")
	ResponseEntity<String> openSearch() {
		return ResponseEntity.ok().contentType(OPENSEARCH).body(this.description);
	}

}
