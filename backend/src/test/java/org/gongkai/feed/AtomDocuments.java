package org.gongkai.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Checks a document against what RFC 4287 requires of a feed and its entries (§4.1.1, §4.1.2). */
public final class AtomDocuments {

    private AtomDocuments() {
    }

    /** The entries' alternate links, after checking the feed is valid Atom. */
    public static List<String> validEntryLinks(String xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element feed = doc.getDocumentElement();
        assertEquals(AtomFeed.NS, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        requireOne(feed, "id");
        requireOne(feed, "title");
        Instant.parse(requireOne(feed, "updated").getTextContent());
        List<Element> entries = children(feed, "entry");
        boolean feedAuthor = !children(feed, "author").isEmpty();
        List<String> links = new ArrayList<>();
        for (Element entry : entries) {
            requireOne(entry, "id");
            assertFalse(requireOne(entry, "title").getTextContent().isBlank());
            Instant.parse(requireOne(entry, "updated").getTextContent());
            assertTrue(feedAuthor || !children(entry, "author").isEmpty(), "an entry needs an author (or the feed one)");
            String alternate = children(entry, "link").stream().filter(l -> "alternate".equals(l.getAttribute("rel")))
                    .map(l -> l.getAttribute("href")).findFirst().orElseThrow(() -> new AssertionError("entry without alternate link"));
            links.add(alternate);
        }
        return links;
    }

    private static Element requireOne(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertEquals(1, found.size(), "exactly one atom:" + name + " in " + parent.getLocalName());
        return found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && AtomFeed.NS.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }
}
