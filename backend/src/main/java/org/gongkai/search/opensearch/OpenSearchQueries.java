package org.gongkai.search.opensearch;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.gongkai.search.QueryTerms;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.SearchText;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.query_dsl.Query;

/** What a search means in OpenSearch's query language, on the fields of {@link OpenSearchIndex}. */
final class OpenSearchQueries {

    private OpenSearchQueries() {
    }

    /** The facet filters and, when there is text, every clause of it. */
    static List<Query> filters(SearchQuery query) {
        List<Query> filters = new ArrayList<>();
        term(filters, "kind", query.kind() == null ? null : query.kind().name());
        term(filters, "department", query.department());
        term(filters, "domains", query.domain());
        term(filters, "sub_items", query.subItem());
        term(filters, "year", query.year() == null ? null : query.year().toString());
        term(filters, "category", query.category() == null ? null : query.category().name());
        term(filters, "validity", query.validity() == null ? null : query.validity().name());
        if (query.hasText()) {
            filters.add(all(query.terms(), false));
        }
        return filters;
    }

    private static void term(List<Query> filters, String field, String value) {
        if (value != null) {
            filters.add(Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value)))));
        }
    }

    /** Every clause, in the title only or anywhere (a single character: in the title either way, as in the PostgreSQL engine). */
    static Query all(QueryTerms terms, boolean inTitle) {
        String field = inTitle ? "title" : "text";
        List<Query> clauses = terms.clauses().stream().map(c -> switch (c.match()) {
            case PHRASE -> phrase(field, c.text());
            case CHARACTER -> Query.of(q -> q.term(t -> t.field("title.chars").value(FieldValue.of(c.text()))));
            case PREFIX -> Query.of(q -> q.prefix(p -> p.field(field).value(c.text())));
        }).toList();
        return Query.of(q -> q.bool(b -> b.filter(clauses)));
    }

    /**
     * The bigrams one after the other, and for Chinese of three or more characters also its trigrams:
     * a rare trigram is often made of common bigrams, so the documents holding the trigrams are few,
     * and only their bigram positions are read. Every document with the phrase holds its trigrams.
     */
    private static Query phrase(String field, String text) {
        Query ordered = Query.of(q -> q.matchPhrase(m -> m.field(field).query(text)));
        List<Query> clauses = new ArrayList<>();
        trigrams(text).forEach(t -> clauses.add(Query.of(q -> q.term(x -> x.field(field + ".tri").value(FieldValue.of(t))))));
        if (clauses.isEmpty()) {
            return ordered;
        }
        clauses.add(ordered);
        return Query.of(q -> q.bool(b -> b.filter(clauses)));
    }

    /** Trigrams that cover each Chinese run of three or more characters: every third one and the last. */
    static List<String> trigrams(String text) {
        Set<String> grams = new LinkedHashSet<>();
        for (String run : SearchText.runs(text)) {
            if (run.length() >= 3 && SearchText.isHan(run.charAt(0))) {
                for (int i = 0; i + 3 < run.length(); i += 3) {
                    grams.add(run.substring(i, i + 3));
                }
                grams.add(run.substring(run.length() - 3));
            }
        }
        return List.copyOf(grams);
    }
}
