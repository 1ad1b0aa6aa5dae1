package org.gongkai.feed;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Sitemaps (sitemaps.org 0.9): an index of sitemap files, and a sitemap of page URLs. Pure. */
public final class SitemapXml {

    static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    /** The protocol's limit of URLs in one sitemap file. */
    public static final int MAX_URLS = 50_000;

    public record Url(String location, Instant lastModified) {
    }

    private SitemapXml() {
    }

    public static String index(List<String> sitemaps) {
        return write("sitemapindex", "sitemap", sitemaps.stream().map(s -> new Url(s, null)).toList());
    }

    public static String urls(List<Url> urls) {
        return write("urlset", "url", urls);
    }

    private static String write(String root, String element, List<Url> urls) {
        var out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement(root);
            xml.writeDefaultNamespace(NS);
            for (Url u : urls) {
                xml.writeStartElement(element);
                xml.writeStartElement("loc");
                xml.writeCharacters(u.location());
                xml.writeEndElement();
                if (u.lastModified() != null) {
                    xml.writeStartElement("lastmod");
                    xml.writeCharacters(DateTimeFormatter.ISO_INSTANT.format(u.lastModified()));
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }
}
