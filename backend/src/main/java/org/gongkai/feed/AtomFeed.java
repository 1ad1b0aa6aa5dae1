package org.gongkai.feed;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An Atom 1.0 document (RFC 4287) written with the JDK's streaming XML writer, which escapes every
 * value. Pure: what to write comes in, the XML goes out.
 */
public final class AtomFeed {

    static final String NS = "http://www.w3.org/2005/Atom";

    public record Entry(String id, String title, String link, Instant updated, String author, String summary) {
    }

    private AtomFeed() {
    }

    /**
     * @param id      the feed's permanent IRI
     * @param self    the feed's own address
     * @param page    the page of the site it follows
     * @param updated when anything in it last changed (the newest entry, or {@code fallback} when empty)
     */
    public static String write(String id, String title, String self, String page, Instant fallback, List<Entry> entries) {
        Instant updated = entries.stream().map(Entry::updated).max(Instant::compareTo).orElse(fallback);
        var out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(NS);
            text(xml, "id", id);
            text(xml, "title", title);
            text(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(updated));
            link(xml, "self", self);
            link(xml, "alternate", page);
            for (Entry e : entries) {
                xml.writeStartElement("entry");
                text(xml, "id", e.id());
                text(xml, "title", e.title());
                link(xml, "alternate", e.link());
                text(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(e.updated()));
                text(xml, "published", DateTimeFormatter.ISO_INSTANT.format(e.updated()));
                xml.writeStartElement("author");
                text(xml, "name", e.author());
                xml.writeEndElement();
                if (e.summary() != null) {
                    text(xml, "summary", e.summary());
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException ex) {
            throw new IllegalStateException(ex);
        }
        return out.toString();
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }
}
