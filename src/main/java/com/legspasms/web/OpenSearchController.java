package com.legspasms.web;

import java.io.StringWriter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

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

	private static final String NAMESPACE = "http://a9.com/-/spec/opensearch/1.1/";

	private final String description;

	OpenSearchController(SiteProperties site) throws XMLStreamException {
		this.description = describe(site);
	}

	@GetMapping("/opensearch.xml")
	ResponseEntity<String> openSearch() {
		return ResponseEntity.ok().contentType(OPENSEARCH).body(this.description);
	}

	private static String describe(SiteProperties site) throws XMLStreamException {
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("OpenSearchDescription");
		xml.writeDefaultNamespace(NAMESPACE);
		element(xml, "ShortName", site.name());
		element(xml, "Description", "Search " + site.name() + ": " + site.tagline());
		element(xml, "InputEncoding", "UTF-8");
		xml.writeEmptyElement("Url");
		xml.writeAttribute("type", "text/html");
		xml.writeAttribute("method", "get");
		xml.writeAttribute("template", site.baseUrl() + "/search?q={searchTerms}");
		xml.writeEmptyElement("Url");
		xml.writeAttribute("type", OPENSEARCH.toString());
		xml.writeAttribute("rel", "self");
		xml.writeAttribute("template", site.baseUrl() + "/opensearch.xml");
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return out.toString();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

}
