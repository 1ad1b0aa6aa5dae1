package org.gongkai.search.opensearch;

import static org.gongkai.search.opensearch.OpenSearchIndex.call;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;

import org.gongkai.common.DomainException;
import org.gongkai.common.PageRequest;
import org.gongkai.search.QueryTerms;
import org.gongkai.search.SearchDocuments;
import org.gongkai.search.SearchEngine;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.SearchText;
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
import org.opensearch.client.opensearch.core.msearch.MultiSearchItem;
import org.opensearch.client.opensearch.core.msearch.MultiSearchResponseItem;
import org.opensearch.client.opensearch.core.msearch.MultisearchBody;
import org.opensearch.client.opensearch.core.msearch.RequestItem;
import org.opensearch.client.opensearch.core.search.TotalHits;
import org.opensearch.client.opensearch.core.search.TotalHitsRelation;
import org.opensearch.client.opensearch.core.search.Hit;

import io.smallrye.mutiny.Uni;

/**
 * The OpenSearch engine (gongkai.search.engine=opensearch), kept up to date by the outbox
 * ({@link OpenSearchIndexer}). Like the PostgreSQL engine it never ranks or counts every match of a
 * frequent term, so that it stays fast at millions of documents:
 * <ul>
 * <li>the page is taken band by band in rank order (in the title and in force, in the title, in force,
 * the rest), newest first within a band. The index is sorted newest first, so each band stops after
 * the page's last hit instead of visiting every match;</li>
 * <li>matches are counted up to {@link #EXACT_LIMIT}; up to there the total and the facet counts are
 * exact. Beyond it both are counted over a uniform sample of about that many matches (as many of the
 * index's hash buckets as hold them, estimated from one bucket) and scaled up, and say they are
 * estimates.</li>
 * </ul>
 * So the work of a query is bounded by the page's depth and the exact limit, not by how many
 * documents match. It is two multi-searches: the band counts, the total up to the limit and the one
 * bucket's count (with a first page's hits); then the facet counts (with a deep page's hits). The
 * page's documents are read from the database, so a hit never shows what was withdrawn since it was
 * indexed.
 */
@ApplicationScoped
@Typed(OpenSearchEngine.class)
public class OpenSearchEngine implements SearchEngine {

    private static final Logger LOG = Logger.getLogger(OpenSearchEngine.class);

    /** Up to this page end the hits come with the band counts; beyond, they are fetched once their bands are known. */
    static final int FETCH_WITH_COUNTS = 100;

    private static final Map<String, String> FACET_FIELDS = Map.of("kind", "kind", "department", "department", "domain", "domains",
            "subItem", "sub_items", "year", "year", "category", "category", "validity", "validity");

    /** The index's own order (OpenSearchIndex): a query sorted so stops early. */
    private static final List<SortOptions> NEWEST = List.of(SortOptions.of(o -> o.field(f -> f.field("published_on").order(SortOrder.Desc))),
            SortOptions.of(o -> o.field(f -> f.field("id").order(SortOrder.Asc))));

    private static final Map<String, Aggregation> FACETS = facetAggregations();

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
        List<Query> matching = filters(query);
        List<Query> bands = bands(query, matching);
        int end = page.offset() + page.size();
        // A first page's hits come with the counts, from the first band only: a frequent term fills the page
        // there, and a search that fetches hits costs several times one that counts. Other pages are fetched
        // once the counts say where in the bands they lie.
        boolean fetchNow = end <= FETCH_WITH_COUNTS;
        List<RequestItem> counting = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            Query band = bands.get(i);
            int size = fetchNow && i == 0 ? end : 0;
            counting.add(item(b -> b.query(band).size(size).sort(NEWEST).trackTotalHits(t -> t.count(end)).source(src -> src.fetch(false))));
        }
        counting.add(item(b -> b.query(and(matching)).size(0).trackTotalHits(t -> t.count(EXACT_LIMIT + 1))));
        counting.add(item(b -> b.query(and(sample(matching, 1))).size(0).trackTotalHits(t -> t.enabled(true))));
        return msearch(counting).chain(r -> facetsAndPage(matching, bands, page, fetchNow, r));
    }

    /**
     * The second multi-search, once the counts are known: the facets (exact, or over the sample that
     * holds about {@link #EXACT_LIMIT} matches) and the page's hits unless the first band held them, in
     * which case the page's documents are read from the database meanwhile.
     */
    private Uni<Found> facetsAndPage(List<Query> matching, List<Query> bands, PageRequest page, boolean fetchNow, List<MultiSearchItem<Void>> counted) {
        int n = bands.size();
        long[] counts = new long[n];
        for (int i = 0; i < n; i++) {
            counts[i] = counted.get(i).hits().total().value();
        }
        List<BandSlices.Slice> slices = BandSlices.of(counts, page.offset(), page.offset() + page.size());
        boolean fetched = fetchNow && slices.stream().allMatch(sl -> sl.band() == 0);
        TotalHits count = counted.get(n).hits().total();
        boolean exact = count.relation() == TotalHitsRelation.Eq && count.value() <= EXACT_LIMIT;
        int buckets = exact ? OpenSearchIndex.SAMPLE_BUCKETS
                : buckets(Math.max(EXACT_LIMIT + 1, counted.get(n + 1).hits().total().value() * OpenSearchIndex.SAMPLE_BUCKETS));
        List<RequestItem> second = new ArrayList<>();
        second.add(item(b -> b.query(and(sample(matching, buckets))).size(0).trackTotalHits(t -> t.enabled(true)).aggregations(FACETS)));
        if (!fetched) {
            slices.forEach(sl -> second.add(item(b -> b.query(bands.get(sl.band())).from(sl.from()).size(sl.size()).sort(NEWEST)
                    .trackTotalHits(t -> t.enabled(false)).source(src -> src.fetch(false)))));
        }
        Uni<List<MultiSearchItem<Void>>> facetsAndHits = count.value() == 0 ? Uni.createFrom().item(List.of()) : msearch(second);
        Uni<List<Match>> firstPage = fetched
                ? documents.matches(ids(slices, sl -> counted.get(0).hits().hits().subList(sl.from(), sl.from() + sl.size())))
                : Uni.createFrom().item(List.<Match>of());
        return Uni.combine().all().unis(facetsAndHits, firstPage).asTuple().chain(t -> {
            List<MultiSearchItem<Void>> r = t.getItem1();
            double scale = OpenSearchIndex.SAMPLE_BUCKETS / (double) buckets;
            List<FacetCount> facets = r.isEmpty() ? List.of() : counts(r.get(0).aggregations(), scale);
            long total = exact ? count.value() : Math.max(EXACT_LIMIT + 1, Math.round(r.get(0).hits().total().value() * scale));
            Uni<List<Match>> matches = fetched ? Uni.createFrom().item(t.getItem2())
                    : documents.matches(r.isEmpty() ? List.of() : ids(r.subList(1, r.size()), band -> band.hits().hits()));
            return matches.map(m -> new Found(m, total, exact, facets));
        });
    }

    private static <T> List<UUID> ids(List<T> parts, Function<T, List<Hit<Void>>> hits) {
        List<UUID> ids = new ArrayList<>();
        parts.forEach(p -> hits.apply(p).forEach(h -> ids.add(UUID.fromString(h.id()))));
        return ids;
    }

    /** One multi-search; a failed part fails it all. */
    private Uni<List<MultiSearchItem<Void>>> msearch(List<RequestItem> items) {
        return call(() -> client.msearch(m -> m.index(index.name()).searches(items), Void.class)).onFailure().transform(OpenSearchEngine::unavailable)
                .map(r -> r.responses().stream().map(item -> {
                    if (item.isFailure()) {
                        throw unavailableBecause(item.failure().error().type());
                    }
                    return item.result();
                }).toList());
    }

    /** The matches in the first {@code buckets} of the index's hash buckets (all of them: every match). */
    private static List<Query> sample(List<Query> matching, int buckets) {
        if (buckets >= OpenSearchIndex.SAMPLE_BUCKETS) {
            return matching;
        }
        List<Query> sampled = new ArrayList<>(matching);
        sampled.add(Query.of(q -> q.range(r -> r.field("sample").lt(JsonData.of(buckets)))));
        return sampled;
    }

    /** How many hash buckets hold about {@link #EXACT_LIMIT} of an estimated {@code total}. */
    static int buckets(long total) {
        return (int) Math.max(1, Math.min(OpenSearchIndex.SAMPLE_BUCKETS, Math.ceil(OpenSearchIndex.SAMPLE_BUCKETS * (double) EXACT_LIMIT / total)));
    }

    /** The rank's bands, best first: each a filter; with text, a title match ranks before a match elsewhere. */
    private static List<Query> bands(SearchQuery query, List<Query> matching) {
        Query inForce = Query.of(q -> q.term(t -> t.field("in_force").value(FieldValue.of(true))));
        List<Query> bands = new ArrayList<>();
        if (query.hasText()) {
            Query inTitle = all(query.terms(), true);
            // a title match is a match (the text holds the title): its bands need only the title's terms
            List<Query> facets = matching.subList(0, matching.size() - 1);
            bands.add(Query.of(q -> q.bool(b -> b.filter(facets).filter(inTitle, inForce))));
            bands.add(Query.of(q -> q.bool(b -> b.filter(facets).filter(inTitle).mustNot(inForce))));
            bands.add(Query.of(q -> q.bool(b -> b.filter(matching).filter(inForce).mustNot(inTitle))));
            bands.add(Query.of(q -> q.bool(b -> b.filter(matching).mustNot(inTitle, inForce))));
        } else {
            bands.add(Query.of(q -> q.bool(b -> b.filter(matching).filter(inForce))));
            bands.add(Query.of(q -> q.bool(b -> b.filter(matching).mustNot(inForce))));
        }
        return bands;
    }

    private static RequestItem item(Function<MultisearchBody.Builder, MultisearchBody.Builder> body) {
        return RequestItem.of(i -> i.header(h -> h).body(b -> body.apply(b)));
    }

    private static Query and(List<Query> filters) {
        return Query.of(q -> q.bool(b -> b.filter(filters)));
    }

    private static List<FacetCount> counts(Map<String, Aggregate> aggregations, double scale) {
        List<FacetCount> counts = new ArrayList<>();
        for (Map.Entry<String, Aggregate> e : aggregations.entrySet()) {
            e.getValue().sterms().buckets().array().forEach(b -> counts.add(new FacetCount(e.getKey(), b.key(), Math.round(b.docCount() * scale))));
        }
        return counts;
    }

    private static Map<String, Aggregation> facetAggregations() {
        Map<String, Aggregation> aggregations = new HashMap<>();
        FACET_FIELDS.forEach((facet, field) -> aggregations.put(facet, Aggregation.of(a -> a.terms(t -> t.field(field).size(1_000)))));
        return Map.copyOf(aggregations);
    }

    @Override
    public Uni<List<String>> suggest(QueryTerms typed, int limit) {
        if (typed.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        SearchRequest request = SearchRequest.of(s -> s.index(index.name()).size(limit * 4).trackTotalHits(t -> t.enabled(false))
                .source(src -> src.filter(f -> f.includes("display_title"))).sort(NEWEST)
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
    private static DomainException unavailable(Throwable e) {
        // the type only: a client's message can carry the query a visitor typed
        return unavailableBecause(e.getClass().getName());
    }

    private static DomainException unavailableBecause(String cause) {
        LOG.warnf("The search index did not answer: %s", cause);
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
        List<Query> all = new ArrayList<>();
        trigrams(text).forEach(t -> all.add(Query.of(q -> q.term(x -> x.field(field + ".tri").value(FieldValue.of(t))))));
        if (all.isEmpty()) {
            return ordered;
        }
        all.add(ordered);
        return Query.of(q -> q.bool(b -> b.filter(all)));
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
