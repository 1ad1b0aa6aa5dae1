package org.gongkai.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class AtomFeedTest {

    @Test
    void aFeedIsValidAtomAndEscapesWhatItCarries() throws Exception {
        String xml = AtomFeed.write("https://site/disclosure/key-domains/x", "重点领域 <财政> & 预算", "https://api/feed", "https://site/p",
                Instant.parse("2026-01-01T00:00:00Z"), List.of(new AtomFeed.Entry("urn:uuid:1", "关于<script>的通知", "https://site/r/1",
                        Instant.parse("2026-03-02T01:00:00Z"), "葫芦岛市财政局", "索引号 X/2026-00001")));
        assertEquals(List.of("https://site/r/1"), AtomDocuments.validEntryLinks(xml));
        assertTrue(xml.contains("关于&lt;script&gt;的通知"), xml);
        assertTrue(xml.contains("<updated>2026-03-02T01:00:00Z</updated>"), "the feed is as new as its newest entry");
    }

    @Test
    void anEmptyFeedIsStillValid() throws Exception {
        String xml = AtomFeed.write("https://site/x", "空", "https://api/x", "https://site/x", Instant.parse("2026-01-01T00:00:00Z"), List.of());
        assertEquals(List.of(), AtomDocuments.validEntryLinks(xml));
    }

    @Test
    void aSitemapIndexListsItsFiles() {
        String xml = SitemapXml.index(List.of("https://api/sitemaps/pages.xml"));
        assertTrue(xml.contains("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>https://api/sitemaps/pages.xml</loc></sitemap>"), xml);
    }
}
