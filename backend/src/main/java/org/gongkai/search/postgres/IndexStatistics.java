package org.gongkai.search.postgres;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.search.SearchEngine.FacetCount;
import org.gongkai.search.SearchQuery;

/**
 * What PostgreSQL's ANALYZE knows about search_document, read from pg_stats: the share of documents
 * containing each of the most common terms (of bodies and of titles), and the share of each facet
 * value. It answers "about how many documents match" in microseconds, without touching an index,
 * which is what choosing the query path and estimating large totals needs. Terms not among the
 * most common are rarer than the least common listed one.
 */
record IndexStatistics(double documents, Map<String, Double> terms, double rarestTerm, Map<String, Double> titleTerms,
        double rarestTitleTerm, Map<String, Map<String, Double>> facets, Instant readAt) {

    static final Duration FRESH_FOR = Duration.ofMinutes(1);

    static final IndexStatistics NONE = new IndexStatistics(0, Map.of(), 0, Map.of(), 0, Map.of(), Instant.EPOCH);

    boolean stale(Instant now) {
        return readAt.plus(FRESH_FOR).isBefore(now);
    }

    /** Share of documents matching all term groups (a phrase is as rare as its rarest term), assuming independence. */
    double termShare(List<List<String>> groups, boolean titles) {
        Map<String, Double> known = titles ? titleTerms : terms;
        double rarest = (titles ? rarestTitleTerm : rarestTerm) / 2;
        double share = 1;
        for (List<String> group : groups) {
            double g = 1;
            for (String lexeme : group) {
                g = Math.min(g, known.getOrDefault(lexeme, rarest));
            }
            share *= g;
        }
        return share;
    }

    /** Share of documents passing the facet filters of a query. */
    double filterShare(SearchQuery q) {
        double share = 1;
        share *= value("kind", q.kind() == null ? null : q.kind().name());
        share *= value("department", q.department());
        share *= value("domain", q.domain());
        share *= value("subItem", q.subItem());
        share *= value("year", q.year() == null ? null : String.valueOf(q.year()));
        share *= value("category", q.category() == null ? null : q.category().name());
        share *= value("validity", q.validity() == null ? null : q.validity().name());
        return share;
    }

    private double value(String facet, String value) {
        if (value == null) {
            return 1;
        }
        Map<String, Double> values = facets.getOrDefault(facet, Map.of());
        return values.getOrDefault(value, values.isEmpty() ? 1 : 0.001);
    }

    /** Estimated facet counts of {@code total} matches, spread like all documents are. */
    List<FacetCount> facetCounts(long total, SearchQuery q) {
        java.util.ArrayList<FacetCount> out = new java.util.ArrayList<>();
        Map<String, String> chosen = new HashMap<>();
        chosen.put("kind", q.kind() == null ? null : q.kind().name());
        chosen.put("department", q.department());
        chosen.put("domain", q.domain());
        chosen.put("subItem", q.subItem());
        chosen.put("year", q.year() == null ? null : String.valueOf(q.year()));
        chosen.put("category", q.category() == null ? null : q.category().name());
        chosen.put("validity", q.validity() == null ? null : q.validity().name());
        for (var facet : facets.entrySet()) {
            String fixed = chosen.get(facet.getKey());
            for (var v : facet.getValue().entrySet()) {
                if (fixed != null && !fixed.equals(v.getKey())) {
                    continue;
                }
                // a chosen value holds all the matches; other values their share of all documents
                double share = fixed != null ? 1 : v.getValue();
                long n = Math.round(total * share);
                if (n > 0) {
                    out.add(new FacetCount(facet.getKey(), v.getKey(), n));
                }
            }
        }
        return out;
    }

    static Map<String, Double> zip(String[] values, Float[] freqs) {
        Map<String, Double> map = new LinkedHashMap<>();
        if (values == null || freqs == null) {
            return map;
        }
        for (int i = 0; i < values.length && i < freqs.length; i++) {
            map.put(values[i], freqs[i].doubleValue());
        }
        return map;
    }
}
