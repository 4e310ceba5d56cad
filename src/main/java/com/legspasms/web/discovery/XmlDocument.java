package com.legspasms.web.discovery;

import java.io.StringWriter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a small XML document with the JDK's StAX writer, which escapes every value.
 */
final class XmlDocument {

	private final StringWriter out = new StringWriter();

	private final XMLStreamWriter xml;

	XmlDocument(String rootElement, String namespace) {
		try {
			this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(this.out);
			this.xml.writeStartDocument("UTF-8", "1.0");
			this.xml.writeStartElement(rootElement);
			this.xml.writeDefaultNamespace(namespace);
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	XmlDocument start(String name) {
		return write(() -> this.xml.writeStartElement(name));
	}

	XmlDocument end() {
		return write(this.xml::writeEndElement);
	}

	XmlDocument element(String name, String text) {
		return write(() -> {
			this.xml.writeStartElement(name);
			this.xml.writeCharacters(text);
			this.xml.writeEndElement();
		});
	}

	/**
	 * An element with attributes only, given as name, value, name, value...
	 * @param name the element's name
	 * @param attributes names and values, alternating; values are escaped here
	 * @return this document, to add the next element
	 */
	XmlDocument empty(String name, String... attributes) {
		return write(() -> {
			this.xml.writeEmptyElement(name);
			for (int i = 0; i < attributes.length; i += 2) {
				this.xml.writeAttribute(attributes[i], attributes[i + 1]);
			}
		});
	}

	String finish() {
		write(() -> {
			this.xml.writeEndDocument();
			this.xml.close();
		});
		return this.out.toString();
	}

	private XmlDocument write(XmlStep step) {
		try {
			step.run();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return this;
	}

	@FunctionalInterface
	private interface XmlStep {

		void run() throws XMLStreamException;

	}

}
