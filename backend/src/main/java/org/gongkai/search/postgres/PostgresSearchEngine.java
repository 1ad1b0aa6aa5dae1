package org.gongkai.search.postgres;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;

import org.gongkai.common.PageRequest;
import org.gongkai.search.QueryTerms;
import org.gongkai.search.SearchDocuments;
import org.gongkai.search.SearchEngine;
import org.gongkai.search.SearchQuery;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The PostgreSQL engine over {@code search_document} (kept by triggers, see V50__search.sql).
 * <p>
 * It never ranks or counts every match of a frequent term. How many documents match is first
 * estimated from what ANALYZE keeps ({@link IndexStatistics}: the share of documents holding each
 * common term, the share of each facet value), which costs no index read at all:
 * <ul>
 * <li>up to {@link #EXACT_LIMIT} matches (a phrase: {@link #EXACT_PHRASE} candidates, each checked
 * against term positions), everything is exact: the matches are read once from the GIN index,
 * ranked and counted per facet;</li>
 * <li>beyond it, the page is taken band by band in rank order (in the title and in force, in the
 * title, in force, the rest), newest first within a band, stopping at the page's end: along a date
 * index when matches are dense enough for a short walk, else from the GIN index and a top-N sort.
 * The total and the facet counts are then estimates and say so.</li>
 * </ul>
 * The planner's estimates for {@code @@} can be ten times off and it cannot know a LIMIT walk stops
 * early, so the path is chosen here and forced with {@code SET LOCAL}.
 */
@ApplicationScoped
@Typed(PostgresSearchEngine.class)
public class PostgresSearchEngine implements SearchEngine {

    /** A phrase is checked against each candidate's term positions: exact up to this many. */
    static final int EXACT_PHRASE = 1_000;

    /** Rows a date walk may expect to read for a page before the GIN index and a sort are cheaper. */
    static final int WALK_BUDGET = 4_000;

    private static final String FACET_COLUMNS = "d.kind, d.department_code, d.year, d.category, d.validity, d.domains, d.sub_items";

    private final Pool pool;

    public PostgresSearchEngine(Pool pool) {
        this.pool = pool;
    }

    @Override
    public Uni<Found> search(SearchQuery query, PageRequest page) {
        Filter f = Filter.of(query);
        return statistics().chain(stats -> pool.withTransaction(conn -> conn.query("SET LOCAL work_mem = '32MB'").execute().chain(() -> {
            List<List<String>> groups = query.hasText() ? query.terms().groups() : List.of();
            double filtered = stats.documents() * stats.filterShare(query);
            double matches = query.hasText() ? filtered * stats.termShare(groups, false) : filtered;
            // a phrase's candidates are checked against their positions (each a read of the document's terms): fewer of them
            int exactUpTo = query.hasText() && query.terms().needsPositions() ? EXACT_PHRASE : EXACT_LIMIT;
            if (matches <= exactUpTo) {
                return (query.hasText() ? mode(conn, Mode.BITMAP) : Uni.createFrom().voidItem()).chain(() -> exact(conn, f, page));
            }
            int need = page.offset() + page.size();
            double rate = matches / Math.max(filtered, 1);
            boolean walk = need / rate <= WALK_BUDGET;
            boolean smallTitleBands = query.hasText() && filtered * stats.termShare(groups, true) <= EXACT_LIMIT;
            long total = Math.max(EXACT_LIMIT + 1, Math.round(matches));
            return bands(conn, f, need, walk ? Mode.WALK : Mode.BITMAP, smallTitleBands)
                    .chain(ids -> details(conn, ids.subList(Math.min(page.offset(), ids.size()), ids.size())))
                    .map(list -> new Found(list, total, false, stats.facetCounts(total, query)));
        })));
    }

    /** How a band is read: newest first along a date index (frequent terms), or from the GIN index and sorted. */
    enum Mode {
        WALK("SET LOCAL enable_bitmapscan = off; SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = on"),
        BITMAP("SET LOCAL enable_bitmapscan = on; SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off");

        final String settings;

        Mode(String settings) {
            this.settings = settings;
        }
    }

    private static Uni<Void> mode(SqlConnection conn, Mode mode) {
        return conn.query(mode.settings).execute().replaceWithVoid();
    }

    private volatile IndexStatistics statistics = IndexStatistics.NONE;

    /** The statistics ANALYZE keeps, read at most once a minute. */
    private Uni<IndexStatistics> statistics() {
        IndexStatistics current = statistics;
        if (!current.stale(Instant.now())) {
            return Uni.createFrom().item(current);
        }
        String sql = "SELECT a.attname::text, a.most_common_vals::text::text[], a.most_common_freqs, a.most_common_elems::text::text[], a.most_common_elem_freqs,"
                + " (SELECT reltuples FROM pg_class WHERE oid = 'search_document'::regclass)::float8"
                + " FROM pg_stats a WHERE a.schemaname = current_schema() AND a.tablename = 'search_document'"
                + " AND a.attname IN ('search_vector', 'title_vector', 'kind', 'department_code', 'year', 'category', 'validity', 'domains', 'sub_items')";
        return pool.query(sql).execute().map(set -> {
            double documents = 0;
            Map<String, Double> terms = Map.of();
            Map<String, Double> titleTerms = Map.of();
            Map<String, Map<String, Double>> facets = new LinkedHashMap<>();
            for (Row r : set) {
                documents = Math.max(0, r.getDouble(5));
                String column = r.getString(0);
                switch (column) {
                    case "search_vector" -> terms = IndexStatistics.zip(r.getArrayOfStrings(3), r.getArrayOfFloats(4));
                    case "title_vector" -> titleTerms = IndexStatistics.zip(r.getArrayOfStrings(3), r.getArrayOfFloats(4));
                    case "domains" -> facets.put("domain", IndexStatistics.zip(r.getArrayOfStrings(3), r.getArrayOfFloats(4)));
                    case "sub_items" -> facets.put("subItem", IndexStatistics.zip(r.getArrayOfStrings(3), r.getArrayOfFloats(4)));
                    default -> facets.put(column.equals("department_code") ? "department" : column,
                            IndexStatistics.zip(r.getArrayOfStrings(1), r.getArrayOfFloats(2)));
                }
            }
            IndexStatistics read = new IndexStatistics(documents, terms, rarest(terms), titleTerms, rarest(titleTerms), facets, Instant.now());
            statistics = read;
            return read;
        });
    }

    /** Reads the statistics again on the next search, as after a bulk load and ANALYZE (tests, the benchmark). */
    public void forgetStatistics() {
        statistics = IndexStatistics.NONE;
    }

    private static double rarest(Map<String, Double> shares) {
        return shares.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }

    @Override
    public Uni<List<String>> suggest(QueryTerms typed, int limit) {
        if (typed.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        // newest titles first: along the date index for a common title term (a handful of titles is
        // all that is wanted), from the title index and a sort for a rare one
        String sql = "SELECT title FROM (SELECT d.title, d.published_on FROM search_document d WHERE d.title_vector @@ to_tsquery('simple', $1)"
                + " ORDER BY d.published_on DESC, d.id LIMIT " + (limit * 4) + ") t GROUP BY title ORDER BY max(published_on) DESC, title LIMIT " + limit;
        return statistics().chain(stats -> pool.withTransaction(conn -> {
            boolean rare = stats.documents() * stats.termShare(typed.groups(), true) <= EXACT_LIMIT;
            return mode(conn, rare ? Mode.BITMAP : Mode.WALK).chain(() -> conn.preparedQuery(sql).execute(Tuple.of(typed.tsQuery())));
        })).map(set -> StreamSupport.stream(set.spliterator(), false).map(r -> r.getString(0)).toList());
    }

    /** At most EXACT_LIMIT matches: read them once, rank all, count every facet exactly. */
    private static Uni<Found> exact(SqlConnection conn, Filter f, PageRequest page) {
        String sql = "WITH m AS MATERIALIZED (SELECT d.id, " + FACET_COLUMNS + ", d.in_force, d.published_on, " + f.inTitle() + " AS in_title"
                + " FROM search_document d WHERE " + f.where() + "),"
                + " p AS (SELECT id FROM m ORDER BY in_title DESC, in_force DESC, published_on DESC, id LIMIT " + page.size() + " OFFSET " + page.offset() + "),"
                + " f AS (" + FACETS_OF_M + ")"
                + " SELECT (SELECT count(*) FROM m), (SELECT json_agg(json_build_array(facet, value, n)) FROM f),"
                + " (SELECT json_agg(id) FROM p)";
        return conn.preparedQuery(sql).execute(Tuple.from(f.params())).chain(set -> {
            Row r = set.iterator().next();
            List<UUID> ids = uuids(r.getValue(2));
            List<FacetCount> facets = facets(r.getValue(1));
            long total = r.getLong(0);
            return details(conn, ids).map(matches -> new Found(matches, total, true, facets));
        });
    }

    private static final String FACETS_OF_M = "SELECT 'kind' AS facet, kind AS value, count(*) AS n FROM m GROUP BY kind"
            + " UNION ALL SELECT 'department', department_code, count(*) FROM m GROUP BY department_code"
            + " UNION ALL SELECT 'year', year::text, count(*) FROM m GROUP BY year"
            + " UNION ALL SELECT 'category', category, count(*) FROM m WHERE category IS NOT NULL GROUP BY category"
            + " UNION ALL SELECT 'validity', validity, count(*) FROM m GROUP BY validity"
            + " UNION ALL SELECT 'domain', x, count(*) FROM m, unnest(domains) x GROUP BY x"
            + " UNION ALL SELECT 'subItem', x, count(*) FROM m, unnest(sub_items) x GROUP BY x";

    private static Uni<List<UUID>> bands(SqlConnection conn, Filter f, int need, Mode mode, boolean smallTitleBands) {
        List<String> bands = new ArrayList<>();
        if (f.hasText()) {
            bands.add(f.inTitle() + " AND d.in_force");
            bands.add(f.inTitle() + " AND NOT d.in_force");
            bands.add("NOT " + f.inTitle() + " AND d.in_force");
            bands.add("NOT " + f.inTitle() + " AND NOT d.in_force");
        } else {
            bands.add("d.in_force");
            bands.add("NOT d.in_force");
        }
        return band(conn, f, bands, 0, need, mode, smallTitleBands, new ArrayList<>());
    }

    private static Uni<List<UUID>> band(SqlConnection conn, Filter f, List<String> bands, int i, int need, Mode mode, boolean smallTitleBands,
            List<UUID> ids) {
        if (i == bands.size() || ids.size() >= need) {
            return Uni.createFrom().item(ids);
        }
        // the title bands are small when the term is rare in titles: the title index then answers them
        Mode m = smallTitleBands && i < 2 ? Mode.BITMAP : mode;
        // a title match is a match (search_vector holds the title's terms): the title bands need not read the document's terms
        String sql = "SELECT d.id FROM search_document d WHERE " + bands.get(i) + " AND " + (f.hasText() && i < 2 ? f.facets() : f.where())
                + " ORDER BY d.published_on DESC, d.id LIMIT " + (need - ids.size());
        return mode(conn, m).chain(() -> conn.preparedQuery(sql).execute(Tuple.from(f.params()))).chain(set -> {
            set.forEach(r -> ids.add(r.getUUID(0)));
            return band(conn, f, bands, i + 1, need, mode, smallTitleBands, ids);
        });
    }

    private static Uni<List<Match>> details(SqlConnection conn, List<UUID> ids) {
        return SearchDocuments.matches(conn, ids);
    }

    private static List<UUID> uuids(Object json) {
        if (json == null) {
            return List.of();
        }
        JsonArray array = json instanceof JsonArray a ? a : new JsonArray(json.toString());
        return array.stream().map(o -> UUID.fromString(o.toString())).toList();
    }

    private static List<FacetCount> facets(Object json) {
        if (json == null) {
            return List.of();
        }
        JsonArray array = json instanceof JsonArray a ? a : new JsonArray(json.toString());
        return array.stream().map(o -> (JsonArray) o)
                .map(a -> new FacetCount(a.getString(0), a.getValue(1) == null ? null : a.getValue(1).toString(), a.getLong(2)))
                .filter(c -> c.value() != null)
                .sorted(Comparator.comparing(FacetCount::facet)).toList();
    }

    /** The WHERE clause of a search with positional parameters; $1 is the tsquery when there is text. */
    record Filter(String where, String facets, List<Object> params, boolean hasText) {

        String inTitle() {
            return hasText ? "(d.title_vector @@ to_tsquery('simple', $1))" : "false";
        }

        static Filter of(SearchQuery q) {
            List<Object> params = new ArrayList<>();
            List<String> where = new ArrayList<>();
            if (q.hasText()) {
                params.add(q.terms().tsQuery());
            }
            add(where, params, "d.kind = $", q.kind() == null ? null : q.kind().name());
            add(where, params, "d.department_code = $", q.department());
            add(where, params, "d.category = $", q.category() == null ? null : q.category().name());
            add(where, params, "d.validity = $", q.validity() == null ? null : q.validity().name());
            if (q.domain() != null) {
                params.add(new String[] { q.domain() });
                where.add("d.domains @> CAST($" + params.size() + " AS varchar[])");
            }
            if (q.subItem() != null) {
                params.add(new String[] { q.subItem() });
                where.add("d.sub_items @> CAST($" + params.size() + " AS varchar[])");
            }
            if (q.year() != null) {
                // a date range, so the date indexes serve browsing by year
                params.add(LocalDate.of(q.year(), 1, 1));
                where.add("d.published_on >= $" + params.size());
                params.add(LocalDate.of(q.year() + 1, 1, 1));
                where.add("d.published_on < $" + params.size());
            }
            // the match last: PostgreSQL checks conditions of equal cost in the order written, and the
            // match reads the document's terms (TOASTed), the facet columns are in the row
            String facets = where.isEmpty() ? "true" : String.join(" AND ", where);
            if (q.hasText()) {
                where.add("d.search_vector @@ to_tsquery('simple', $1)");
            }
            return new Filter(String.join(" AND ", where.isEmpty() ? List.of("true") : where), facets, params, q.hasText());
        }

        private static void add(List<String> where, List<Object> params, String condition, Object value) {
            if (value != null) {
                params.add(value);
                where.add(condition + params.size());
            }
        }
    }
}
