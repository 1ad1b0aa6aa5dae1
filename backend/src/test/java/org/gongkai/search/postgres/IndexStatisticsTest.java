package org.gongkai.search.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.gongkai.search.QueryTerms;
import org.gongkai.search.SearchEngine.FacetCount;
import org.gongkai.search.SearchQuery;
import org.junit.jupiter.api.Test;

/** Estimates from ANALYZE's statistics, which choose the query path and size large totals. */
class IndexStatisticsTest {

    static final IndexStatistics STATS = new IndexStatistics(1_000_000, Map.of("工作", 0.6, "规划", 0.02, "许可", 0.05), 0.001,
            Map.of("通知", 0.3), 0.002,
            Map.of("department", Map.of("gov-office", 0.25, "education", 0.05), "year", Map.of("2026", 0.1, "2025", 0.1)), Instant.now());

    static SearchQuery query(String text, String department) {
        return new SearchQuery(QueryTerms.parse(text), null, department, null, null, null, null, null);
    }

    @Test
    void aPhraseIsAsRareAsItsRarestTermAndTermsMultiply() {
        assertEquals(0.02, STATS.termShare(QueryTerms.parse("规划").groups(), false), 1e-9);
        // 规划许 is 规划 and 划许, and ANALYZE does not list 划许: rarer than its rarest listed term
        assertEquals(0.0005, STATS.termShare(QueryTerms.parse("规划许").groups(), false), 1e-9);
        assertEquals(0.6 * 0.05, STATS.termShare(QueryTerms.parse("工作 许可").groups(), false), 1e-9);
    }

    @Test
    void aTermAnalyzeDoesNotListIsRarerThanTheRarestListed() {
        assertEquals(0.0005, STATS.termShare(QueryTerms.parse("鸿鹄").groups(), false), 1e-9);
        assertEquals(0.001, STATS.termShare(QueryTerms.parse("鸿鹄").groups(), true), 1e-9);
    }

    @Test
    void filtersNarrowByTheShareOfTheirValue() {
        assertEquals(0.25, STATS.filterShare(query("工作", "gov-office")), 1e-9);
        assertEquals(1, STATS.filterShare(query("工作", null)), 1e-9);
    }

    @Test
    void estimatedFacetCountsSpreadTheTotalLikeAllDocuments() {
        List<FacetCount> counts = STATS.facetCounts(100_000, query("工作", null));
        assertEquals(new FacetCount("department", "gov-office", 25_000),
                counts.stream().filter(c -> c.value().equals("gov-office")).findFirst().orElseThrow());
        // a chosen value holds all the (filtered) matches, the other values of its facet none
        List<FacetCount> chosen = STATS.facetCounts(20_000, query("工作", "education"));
        assertEquals(List.of(new FacetCount("department", "education", 20_000)),
                chosen.stream().filter(c -> c.facet().equals("department")).toList());
    }
}
