package org.gongkai.search.postgres;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import jakarta.enterprise.context.ApplicationScoped;

import org.gongkai.common.PageRequest;
import org.gongkai.disclosure.HtmlBody;
import org.gongkai.search.QueryTerms;
import org.gongkai.search.SearchEngine;
import org.gongkai.search.SearchKind;
import org.gongkai.search.SearchQuery;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The PostgreSQL engine over {@code search_document} (kept by triggers, see V50__search.sql).
 * <p>
 * It never ranks or counts every match of a frequent term. A capped count from the GIN index first
 * says how many matches there are, up to {@link #EXACT_LIMIT}:
 * <ul>
 * <li>up to that many, everything is exact: the matches are read once, ranked, counted per facet;</li>
 * <li>beyond it, the page is taken band by band in rank order (in the title and in force, in the
 * title, in force, the rest), each band newest first by walking a date index and stopping at the
 * page's end, so the cost is that of the page, not of the matches; the total and the facet counts
 * are estimated from a uniform sample of the matches (ids are random, so the first matches in id
 * order are one), and say so.</li>
 * </ul>
 * The planner's estimates for {@code @@} can be ten times off, so the path is chosen here from the
 * capped count and forced with {@code SET LOCAL}, not left to the planner.
 */
@ApplicationScoped
public class PostgresSearchEngine implements SearchEngine {

    /** Matches read in id order to estimate a large total and its facet counts. */
    static final int SAMPLE = 400;

    private static final String FACET_COLUMNS = "d.kind, d.department_code, d.year, d.category, d.validity, d.domains, d.sub_items";

    private final Pool pool;

    public PostgresSearchEngine(Pool pool) {
        this.pool = pool;
    }

    @Override
    public Uni<Found> search(SearchQuery query, PageRequest page) {
        Filter f = Filter.of(query);
        return pool.withTransaction(conn -> conn.query("SET LOCAL work_mem = '32MB'").execute()
                .chain(() -> capped(conn, f.where(), f.params()))
                .chain(n -> n <= EXACT_LIMIT ? exact(conn, f, page) : frequent(conn, f, page)));
    }

    @Override
    public Uni<List<String>> suggest(QueryTerms typed, int limit) {
        if (typed.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        // newest titles first by walking the date index: as fast for 通知 as for a rare word, since a
        // handful of titles is all that is wanted (a rare word falls back to the title index)
        String sql = "SELECT title FROM (SELECT d.title, d.published_on FROM search_document d WHERE d.title_vector @@ to_tsquery('simple', $1)"
                + " ORDER BY d.published_on DESC, d.id LIMIT " + (limit * 4) + ") t GROUP BY title ORDER BY max(published_on) DESC, title LIMIT " + limit;
        return pool.preparedQuery(sql).execute(Tuple.of(typed.tsQuery()))
                .map(set -> StreamSupport.stream(set.spliterator(), false).map(r -> r.getString(0)).toList());
    }

    /** Matches counted from the index, stopping at one more than the exact limit. */
    private static Uni<Long> capped(SqlConnection conn, String where, List<Object> params) {
        return conn.preparedQuery("SELECT count(*) FROM (SELECT 1 FROM search_document d WHERE " + where + " LIMIT " + (EXACT_LIMIT + 1) + ") c")
                .execute(Tuple.from(params)).map(set -> set.iterator().next().getLong(0));
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

    /** More than EXACT_LIMIT matches: the page band by band, newest first within each; estimates for the rest. */
    private static Uni<Found> frequent(SqlConnection conn, Filter f, PageRequest page) {
        int need = page.offset() + page.size();
        Uni<List<UUID>> ranked = f.hasText()
                ? capped(conn, f.where() + " AND " + f.inTitle(), f.params()).chain(inTitle -> bands(conn, f, need, inTitle))
                : bands(conn, f, need, 0L);
        return ranked.chain(ids -> sample(conn, f).chain(est -> details(conn, ids.subList(Math.min(page.offset(), ids.size()), ids.size()))
                .map(matches -> new Found(matches, est.total(), false, est.facets()))));
    }

    private static Uni<List<UUID>> bands(SqlConnection conn, Filter f, int need, long inTitle) {
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
        // the title bands are small when the term is rare in titles: the title index then answers them
        boolean smallTitleBands = f.hasText() && inTitle <= EXACT_LIMIT;
        return band(conn, f, bands, 0, need, smallTitleBands, new ArrayList<>());
    }

    private static Uni<List<UUID>> band(SqlConnection conn, Filter f, List<String> bands, int i, int need, boolean smallTitleBands, List<UUID> ids) {
        if (i == bands.size() || ids.size() >= need) {
            return Uni.createFrom().item(ids);
        }
        boolean walk = !(smallTitleBands && i < 2);
        String sql = "SELECT d.id FROM search_document d WHERE " + f.where() + " AND " + bands.get(i)
                + " ORDER BY d.published_on DESC, d.id LIMIT " + (need - ids.size());
        Uni<Void> mode = walk ? conn.query("SET LOCAL enable_bitmapscan = off; SET LOCAL enable_seqscan = off").execute().replaceWithVoid()
                : conn.query("RESET enable_bitmapscan; RESET enable_seqscan").execute().replaceWithVoid();
        return mode.chain(() -> conn.preparedQuery(sql).execute(Tuple.from(f.params()))).chain(set -> {
            set.forEach(r -> ids.add(r.getUUID(0)));
            return band(conn, f, bands, i + 1, need, smallTitleBands, ids);
        });
    }

    private record Estimate(long total, List<FacetCount> facets) {
    }

    /**
     * The first SAMPLE matches in id order are a uniform sample (ids are random UUIDs); the share of
     * the id space they span estimates the total: SAMPLE matches in a fraction p of it means about
     * SAMPLE / p in all of it.
     */
    private static Uni<Estimate> sample(SqlConnection conn, Filter f) {
        String sql = "SELECT d.id, " + FACET_COLUMNS + " FROM search_document d WHERE " + f.where() + " ORDER BY d.id LIMIT " + SAMPLE;
        return conn.query("SET LOCAL enable_bitmapscan = off; SET LOCAL enable_seqscan = off").execute()
                .chain(() -> conn.preparedQuery(sql).execute(Tuple.from(f.params()))).map(set -> {
                    List<Row> rows = new ArrayList<>();
                    set.forEach(rows::add);
                    if (rows.isEmpty()) {
                        return new Estimate(EXACT_LIMIT + 1, List.of());
                    }
                    double span = fraction(rows.get(rows.size() - 1).getUUID(0));
                    double scale = rows.size() < SAMPLE ? 1 : 1 / Math.max(span, 1e-9);
                    long total = Math.max(EXACT_LIMIT + 1, Math.round(rows.size() * scale));
                    Map<String, Long> counts = new LinkedHashMap<>();
                    for (Row r : rows) {
                        count(counts, "kind", r.getString("kind"));
                        count(counts, "department", r.getString("department_code"));
                        count(counts, "year", String.valueOf(r.getInteger("year")));
                        count(counts, "category", r.getString("category"));
                        count(counts, "validity", r.getString("validity"));
                        for (String d : r.getArrayOfStrings("domains")) {
                            count(counts, "domain", d);
                        }
                        for (String s : r.getArrayOfStrings("sub_items")) {
                            count(counts, "subItem", s);
                        }
                    }
                    double perSample = (double) total / rows.size();
                    List<FacetCount> facets = counts.entrySet().stream().map(e -> {
                        int bar = e.getKey().indexOf('\u0000');
                        return new FacetCount(e.getKey().substring(0, bar), e.getKey().substring(bar + 1), Math.round(e.getValue() * perSample));
                    }).toList();
                    return new Estimate(total, facets);
                });
    }

    private static void count(Map<String, Long> counts, String facet, String value) {
        if (value != null) {
            counts.merge(facet + '\u0000' + value, 1L, Long::sum);
        }
    }

    /** Where a UUID lies in the id space, from 0 to 1 (PostgreSQL orders uuids as unsigned bytes). */
    static double fraction(UUID id) {
        BigInteger high = new BigInteger(Long.toUnsignedString(id.getMostSignificantBits()));
        return high.doubleValue() / Math.pow(2, 64);
    }

    /** The hits in the given order with what the page shows, and the text to cut a fragment from. */
    private static Uni<List<Match>> details(SqlConnection conn, List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        String sql = "SELECT d.id, d.kind, d.title, d.reference, d.document_number, d.department_code, dep.name, d.published_on, d.validity,"
                + " d.in_force, CASE WHEN d.kind = 'SERVICE_ITEM' THEN s.search_text ELSE v.content ->> 'body' END AS text"
                + " FROM search_document d JOIN department dep ON dep.code = d.department_code"
                + " LEFT JOIN service_item s ON d.kind = 'SERVICE_ITEM' AND s.id = d.id"
                + " LEFT JOIN disclosure_record r ON d.kind <> 'SERVICE_ITEM' AND r.id = d.id"
                + " LEFT JOIN disclosure_version v ON v.record_id = r.id AND v.version = r.current_version"
                + " WHERE d.id = ANY($1)";
        return conn.preparedQuery(sql).execute(Tuple.of(ids.toArray(UUID[]::new))).map(set -> {
            Map<UUID, Match> byId = new HashMap<>();
            for (Row r : set) {
                SearchKind kind = SearchKind.valueOf(r.getString("kind"));
                String text = r.getString("text");
                byId.put(r.getUUID("id"), new Match(r.getUUID("id"), kind, r.getString("title"), r.getString("reference"),
                        r.getString("document_number"), r.getString("department_code"), r.getString("name"), r.getLocalDate("published_on"),
                        r.getString("validity"), r.getBoolean("in_force"),
                        text == null ? null : kind == SearchKind.SERVICE_ITEM ? text : HtmlBody.text(text)));
            }
            return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        });
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
    record Filter(String where, List<Object> params, boolean hasText) {

        String inTitle() {
            return hasText ? "(d.title_vector @@ to_tsquery('simple', $1))" : "false";
        }

        static Filter of(SearchQuery q) {
            List<Object> params = new ArrayList<>();
            List<String> where = new ArrayList<>();
            if (q.hasText()) {
                params.add(q.terms().tsQuery());
                where.add("d.search_vector @@ to_tsquery('simple', $1)");
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
            return new Filter(where.isEmpty() ? "true" : String.join(" AND ", where), params, q.hasText());
        }

        private static void add(List<String> where, List<Object> params, String condition, Object value) {
            if (value != null) {
                params.add(value);
                where.add(condition + params.size());
            }
        }
    }
}
