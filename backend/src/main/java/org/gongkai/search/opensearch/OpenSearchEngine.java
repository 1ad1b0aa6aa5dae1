package org.gongkai.search.opensearch;

import static org.gongkai.search.opensearch.OpenSearchIndex.call;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;

import org.gongkai.common.DomainException;
import org.gongkai.common.PageRequest;
import org.gongkai.search.QueryTerms;
import org.gongkai.search.SearchDocuments;
import org.gongkai.search.SearchEngine;
import org.gongkai.search.SearchQuery;
import org.jboss.logging.Logger;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch.OpenSearchAsyncClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.SortOptions;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.Aggregation;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.search.Hit;

import io.smallrye.mutiny.Uni;

/**
 * The OpenSearch engine (gongkai.search.engine=opensearch), kept up to date by the outbox
 * ({@link OpenSearchIndexer}). It ranks as the PostgreSQL engine does, lexicographically: each band is a
 * constant score (in the title 2, in force 1), the newest first within a band. The total is exact;
 * facet counts are exact up to {@link #EXACT_LIMIT} matches and beyond it counted over a uniform
 * sample of about that many (hash buckets of the id), scaled up, and marked as estimates. The page's
 * documents are read from the database, so a hit never shows what was withdrawn since it was indexed.
 */
@ApplicationScoped
@Typed(OpenSearchEngine.class)
public class OpenSearchEngine implements SearchEngine {

    private static final Logger LOG = Logger.getLogger(OpenSearchEngine.class);

    private static final Map<String, String> FACET_FIELDS = Map.of("kind", "kind", "department", "department", "domain", "domains",
            "subItem", "sub_items", "year", "year", "category", "category", "validity", "validity");

    private static final List<SortOptions> RANK = List.of(SortOptions.of(o -> o.score(s -> s.order(SortOrder.Desc))),
            SortOptions.of(o -> o.field(f -> f.field("published_on").order(SortOrder.Desc))),
            SortOptions.of(o -> o.field(f -> f.field("_id").order(SortOrder.Asc))));

    private final OpenSearchAsyncClient client;
    private final OpenSearchIndex index;
    private final SearchDocuments documents;

    public OpenSearchEngine(OpenSearchAsyncClient client, OpenSearchIndex index, SearchDocuments documents) {
        this.client = client;
        this.index = index;
        this.documents = documents;
    }

    @Override
    public Uni<Found> search(SearchQuery query, PageRequest page) {
        List<Query> filters = filters(query);
        List<Query> bands = new ArrayList<>();
        if (query.hasText()) {
            bands.add(Query.of(q -> q.constantScore(c -> c.filter(all(query.terms(), true)).boost(2f))));
        }
        bands.add(Query.of(q -> q.constantScore(c -> c.filter(f -> f.term(t -> t.field("in_force").value(FieldValue.of(true)))).boost(1f))));
        SearchRequest request = SearchRequest.of(s -> s.index(index.name()).from(page.offset()).size(page.size())
                .trackTotalHits(t -> t.enabled(true)).source(src -> src.fetch(false)).sort(RANK)
                .query(q -> q.bool(b -> b.filter(filters).should(bands).minimumShouldMatch("0"))));
        return call(() -> client.search(request, Void.class)).onFailure().transform(OpenSearchEngine::unavailable).chain(found -> {
            long total = found.hits().total().value();
            boolean exact = total <= EXACT_LIMIT;
            List<UUID> ids = found.hits().hits().stream().map(h -> UUID.fromString(h.id())).toList();
            return Uni.combine().all().unis(facets(filters, exact ? OpenSearchIndex.SAMPLE_BUCKETS : buckets(total)), documents.matches(ids))
                    .with((facets, matches) -> new Found(matches, total, exact, facets));
        });
    }

    /** How many of the hash buckets hold about {@link #EXACT_LIMIT} of {@code total} matches. */
    static int buckets(long total) {
        return (int) Math.max(1, Math.min(OpenSearchIndex.SAMPLE_BUCKETS, Math.ceil(OpenSearchIndex.SAMPLE_BUCKETS * (double) EXACT_LIMIT / total)));
    }

    /** Counts per facet value over the matches in the first {@code buckets} buckets, scaled to all of them. */
    private Uni<List<FacetCount>> facets(List<Query> filters, int buckets) {
        List<Query> sampled = new ArrayList<>(filters);
        if (buckets < OpenSearchIndex.SAMPLE_BUCKETS) {
            sampled.add(Query.of(q -> q.range(r -> r.field("sample").lt(JsonData.of(buckets)))));
        }
        Map<String, Aggregation> aggregations = new HashMap<>();
        FACET_FIELDS.forEach((facet, field) -> aggregations.put(facet, Aggregation.of(a -> a.terms(t -> t.field(field).size(1_000)))));
        SearchRequest request = SearchRequest.of(s -> s.index(index.name()).size(0).trackTotalHits(t -> t.enabled(false))
                .query(q -> q.bool(b -> b.filter(sampled))).aggregations(aggregations));
        double scale = OpenSearchIndex.SAMPLE_BUCKETS / (double) buckets;
        return call(() -> client.search(request, Void.class)).onFailure().transform(OpenSearchEngine::unavailable).map(r -> {
            List<FacetCount> counts = new ArrayList<>();
            for (Map.Entry<String, Aggregate> e : r.aggregations().entrySet()) {
                e.getValue().sterms().buckets().array()
                        .forEach(b -> counts.add(new FacetCount(e.getKey(), b.key(), Math.round(b.docCount() * scale))));
            }
            return counts;
        });
    }

    @Override
    public Uni<List<String>> suggest(QueryTerms typed, int limit) {
        if (typed.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        SearchRequest request = SearchRequest.of(s -> s.index(index.name()).size(limit * 4).trackTotalHits(t -> t.enabled(false))
                .source(src -> src.filter(f -> f.includes("display_title"))).sort(RANK.subList(1, 3))
                .query(all(typed, true)));
        return call(() -> client.search(request, TitleSource.class)).onFailure().transform(OpenSearchEngine::unavailable).map(r -> {
            Set<String> titles = new LinkedHashSet<>();
            for (Hit<TitleSource> h : r.hits().hits()) {
                if (h.source() != null && titles.size() < limit) {
                    titles.add(h.source().display_title());
                }
            }
            return List.copyOf(titles);
        });
    }

    /** The cluster is down, slow or without the index (being rebuilt): the client may try again. */
    private static Throwable unavailable(Throwable e) {
        LOG.warnf("The search index did not answer: %s", e.toString());
        return new DomainException.Unavailable("The search index is not reachable at the moment; try again shortly.");
    }

    /** What a suggestion reads of a document. */
    public record TitleSource(String display_title) {
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
            case PHRASE -> Query.of(q -> q.matchPhrase(m -> m.field(field).query(c.text())));
            case CHARACTER -> Query.of(q -> q.term(t -> t.field("title.chars").value(FieldValue.of(c.text()))));
            case PREFIX -> Query.of(q -> q.prefix(p -> p.field(field).value(c.text())));
        }).toList();
        return Query.of(q -> q.bool(b -> b.filter(clauses)));
    }
}
