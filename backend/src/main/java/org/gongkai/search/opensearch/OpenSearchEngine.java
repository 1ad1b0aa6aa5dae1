package org.gongkai.search.opensearch;

import static org.gongkai.search.opensearch.OpenSearchIndex.call;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

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
import org.opensearch.client.opensearch.core.msearch.MultiSearchItem;
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
 * exact. Beyond it both are counted over a uniform sample of the matches (a share of the index's hash
 * buckets, holding at least {@link #MIN_SAMPLE} of them) and scaled up, and say they are estimates.</li>
 * </ul>
 * So the work of a query is bounded by the page's depth and the exact limit, not by how many
 * documents match. The first multi-search holds the band counts (with a first page's hits), the total
 * up to the limit, and the facets over the buckets that hold about the exact limit of the index's
 * documents: for a frequent term that is the whole answer. A rarer term takes a second one for its
 * facets, exact or over more buckets, and a deep page for its hits. The
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

    /** Beyond the exact limit, facets are counted over a uniform sample of at least this many matches. */
    static final int MIN_SAMPLE = EXACT_LIMIT / 2;

    private final OpenSearchAsyncClient client;
    private final OpenSearchIndex index;
    private final SearchDocuments documents;
    /** Documents in the index as the last query saw them (0 before the first). */
    private final AtomicLong indexSize = new AtomicLong();

    public OpenSearchEngine(OpenSearchAsyncClient client, OpenSearchIndex index, SearchDocuments documents) {
        this.client = client;
        this.index = index;
        this.documents = documents;
    }

    @Override
    public Uni<Found> search(SearchQuery query, PageRequest page) {
        List<Query> matching = OpenSearchQueries.filters(query);
        List<Query> bands = bands(query, matching);
        int end = page.offset() + page.size();
        // A first page's hits come with the counts, from the first band only: a frequent term fills the page
        // there, and a search that fetches hits costs several times one that counts. Other pages are fetched
        // once the counts say where in the bands they lie.
        boolean fetchNow = end <= FETCH_WITH_COUNTS;
        // the facets over the buckets that would hold about EXACT_LIMIT documents if every one matched:
        // for a frequent term they are the sample the estimate needs, so its answer takes one round trip
        long documentsInIndex = indexSize.get();
        int sampled = documentsInIndex == 0 ? 1 : buckets(documentsInIndex);
        List<RequestItem> counting = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            Query band = bands.get(i);
            int size = fetchNow && i == 0 ? end : 0;
            counting.add(item(b -> b.query(band).size(size).sort(NEWEST).trackTotalHits(t -> t.count(end)).source(src -> src.fetch(false))));
        }
        counting.add(item(b -> b.query(and(matching)).size(0).trackTotalHits(t -> t.count(EXACT_LIMIT + 1))));
        counting.add(item(b -> b.query(and(sample(matching, sampled))).size(0).trackTotalHits(t -> t.enabled(true)).aggregations(FACETS)));
        // how many documents the index holds (Lucene counts all of them without visiting any), for the next query's sample
        counting.add(item(b -> b.query(q -> q.matchAll(m -> m)).size(0).trackTotalHits(t -> t.enabled(true))));
        return msearch(counting).chain(r -> facetsAndPage(matching, bands, page, fetchNow, sampled, r));
    }

    /**
     * Once the counts are known: the facets, exact up to {@link #EXACT_LIMIT} matches, beyond it from a
     * sample of at least {@link #MIN_SAMPLE} matches (the first multi-search's when it holds that many,
     * else over as many buckets as hold about {@code EXACT_LIMIT}), and the page's hits unless the first
     * band held them, in which case the page's documents are read from the database meanwhile.
     */
    private Uni<Found> facetsAndPage(List<Query> matching, List<Query> bands, PageRequest page, boolean fetchNow, int sampled,
            List<MultiSearchItem<Void>> counted) {
        int n = bands.size();
        indexSize.set(counted.get(n + 2).hits().total().value());
        long[] counts = new long[n];
        for (int i = 0; i < n; i++) {
            counts[i] = counted.get(i).hits().total().value();
        }
        List<BandSlices.Slice> slices = BandSlices.of(counts, page.offset(), page.offset() + page.size());
        boolean fetched = fetchNow && slices.stream().allMatch(sl -> sl.band() == 0);
        TotalHits count = counted.get(n).hits().total();
        boolean exact = count.relation() == TotalHitsRelation.Eq && count.value() <= EXACT_LIMIT;
        MultiSearchItem<Void> sample = counted.get(n + 1);
        long inSample = sample.hits().total().value();
        boolean sampleServes = exact ? sampled == OpenSearchIndex.SAMPLE_BUCKETS : inSample >= MIN_SAMPLE;
        int buckets = sampleServes ? sampled : exact ? OpenSearchIndex.SAMPLE_BUCKETS
                : buckets(Math.max(EXACT_LIMIT + 1, inSample * OpenSearchIndex.SAMPLE_BUCKETS / sampled));
        List<RequestItem> second = new ArrayList<>();
        if (!sampleServes && count.value() > 0) {
            second.add(item(b -> b.query(and(sample(matching, buckets))).size(0).trackTotalHits(t -> t.enabled(true)).aggregations(FACETS)));
        }
        int hitsFrom = second.size();
        if (!fetched) {
            slices.forEach(sl -> second.add(item(b -> b.query(bands.get(sl.band())).from(sl.from()).size(sl.size()).sort(NEWEST)
                    .trackTotalHits(t -> t.enabled(false)).source(src -> src.fetch(false)))));
        }
        Uni<List<MultiSearchItem<Void>>> more = second.isEmpty() ? Uni.createFrom().item(List.of()) : msearch(second);
        Uni<List<Match>> firstPage = fetched
                ? documents.matches(ids(slices, sl -> counted.get(0).hits().hits().subList(sl.from(), sl.from() + sl.size())))
                : Uni.createFrom().item(List.<Match>of());
        return Uni.combine().all().unis(more, firstPage).asTuple().chain(t -> {
            List<MultiSearchItem<Void>> r = t.getItem1();
            MultiSearchItem<Void> faceted = sampleServes ? sample : r.isEmpty() || hitsFrom == 0 ? null : r.get(0);
            double scale = OpenSearchIndex.SAMPLE_BUCKETS / (double) buckets;
            List<FacetCount> facets = faceted == null ? List.of() : counts(faceted.aggregations(), scale);
            long total = exact ? count.value() : Math.max(EXACT_LIMIT + 1, Math.round(faceted.hits().total().value() * scale));
            Uni<List<Match>> matches = fetched ? Uni.createFrom().item(t.getItem2())
                    : documents.matches(r.size() <= hitsFrom ? List.of() : ids(r.subList(hitsFrom, r.size()), band -> band.hits().hits()));
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
            Query inTitle = OpenSearchQueries.all(query.terms(), true);
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
                .query(OpenSearchQueries.all(typed, true)));
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
}
