package org.gongkai.catalogue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import jakarta.enterprise.context.ApplicationScoped;

import org.gongkai.catalogue.api.PublishedRef;
import org.gongkai.catalogue.guide.Audience;
import org.gongkai.common.Page;
import org.gongkai.common.PageRequest;
import org.gongkai.search.SearchText;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Service items. Writes go through Hibernate (entities, versions, locking); listings and searches are
 * plain prepared statements on the reactive pool, since Hibernate adds nothing to a read of a few
 * narrow columns and costs most of the time.
 */
@ApplicationScoped
public class ServiceItemRepository implements PanacheRepositoryBase<ServiceItem, UUID> {

    /**
     * A count stops here: "more than 10,000" is all a reader needs, and counting every match of a
     * common term would grow with the catalogue.
     */
    public static final int COUNT_LIMIT = 10_000;

    /** Characters of guide text around the first match that a listing reads to cut its fragment from. */
    private static final int FRAGMENT_WINDOW = 160;

    private final Pool pool;

    public ServiceItemRepository(Pool pool) {
        this.pool = pool;
    }

    /** One row of a listing: the item's summary columns and, when searching, the text window to cut a fragment from. */
    public record Row(UUID id, String implementationCode, String name, String departmentCode, String departmentName,
            String type, String audience, String onlineDepth, Integer visits, Integer promisedDays, List<String> themes,
            String status, Integer version, OffsetDateTime publishedAt, String scheduledStatus, LocalDate scheduledOn,
            String scheduledNote, boolean demo, boolean hasDraft, OffsetDateTime draftUpdatedAt, long lockVersion,
            String textWindow) {
    }

    private static final String COLUMNS = """
            i.id, i.implementation_code, i.name, i.department_code, d.name AS department_name, i.item_type, i.audience,
            i.online_depth, i.visits, i.promised_days, i.themes, i.status, i.current_version, i.published_at,
            i.scheduled_status, i.scheduled_on, i.scheduled_note, i.demo, i.draft IS NOT NULL AS has_draft,
            i.draft_updated_at, i.lock_version""";

    /** The two statements of a listing with their positional parameters: the page, and the capped count. */
    public record ListStatements(String pageSql, List<Object> pageParams, String countSql, List<Object> countParams) {
    }

    /** A page of items and the number of matches (at most {@link #COUNT_LIMIT} + 1), as two statements run side by side. */
    public Uni<Page<Row>> list(CatalogueQuery query, PageRequest page) {
        ListStatements sql = statements(query, page);
        Uni<List<Row>> rows = pool.preparedQuery(sql.pageSql()).execute(Tuple.from(sql.pageParams()))
                .map(set -> StreamSupport.stream(set.spliterator(), false).map(ServiceItemRepository::row).toList());
        Uni<Long> total = pool.preparedQuery(sql.countSql()).execute(Tuple.from(sql.countParams()))
                .map(set -> set.iterator().next().getLong(0));
        return Uni.combine().all().unis(rows, total).with((list, count) -> new Page<>(list, count, page.page(), page.size()));
    }

    /** The SQL a listing runs (also what the benchmark drives with pgbench). */
    public static ListStatements statements(CatalogueQuery query, PageRequest page) {
        Filter filter = Filter.of(query);
        String order = switch (query.sort()) {
            case RELEVANCE -> filter.tsQuery == null ? "i.name, i.id" : "(i.search_name_vector @@ to_tsquery('simple', $1)) DESC, i.name, i.id";
            case NAME -> "i.name, i.id";
            case UPDATED -> "i.published_at DESC NULLS LAST, i.id";
            case POPULAR -> "i.view_count DESC, i.name, i.id";
        };
        // the ids of the page first, from narrow columns; the text window is cut for those rows only
        String window = filter.word == null ? "NULL"
                : "substr(i.search_text, greatest(strpos(i.search_text, $" + (filter.params.size() + 1) + ") - 40, 1), " + FRAGMENT_WINDOW + ")";
        String pageSql = "SELECT " + COLUMNS + ", " + window + " AS text_window"
                + " FROM (SELECT i.id FROM service_item i WHERE " + filter.where + " ORDER BY " + order
                + " LIMIT " + page.size() + " OFFSET " + page.offset() + ") p"
                + " JOIN service_item i ON i.id = p.id JOIN department d ON d.code = i.department_code"
                + " ORDER BY " + order;
        String countSql = "SELECT count(*) FROM (SELECT 1 FROM service_item i WHERE " + filter.where + " LIMIT " + (COUNT_LIMIT + 1) + ") c";
        List<Object> pageParams = new ArrayList<>(filter.params);
        if (filter.word != null) {
            pageParams.add(filter.word);
        }
        return new ListStatements(pageSql, pageParams, countSql, filter.params);
    }

    /** Every published item with the time of its current version, for the sitemap. */
    /** How many items the public catalogue holds, of one department or all. */
    public Uni<Long> publishedCount(String department) {
        return pool.preparedQuery("SELECT count(*) FROM service_item WHERE status IN ('ACTIVE', 'SUSPENDED')"
                + " AND current_version IS NOT NULL AND ($1::varchar IS NULL OR department_code = $1)").execute(io.vertx.mutiny.sqlclient.Tuple.of(department))
                .map(set -> set.iterator().next().getLong(0));
    }

    public Uni<List<PublishedRef>> published() {
        return pool.preparedQuery("SELECT id, published_at FROM service_item WHERE status IN ('ACTIVE', 'SUSPENDED')"
                + " AND current_version IS NOT NULL ORDER BY id").execute()
                .map(set -> StreamSupport.stream(set.spliterator(), false)
                        .map(r -> new PublishedRef(r.getUUID(0), r.getOffsetDateTime(1).toInstant())).toList());
    }

    /** Published items per theme code. */
    public Uni<Map<String, Long>> countByTheme() {
        return pool.preparedQuery("SELECT t, count(*) AS n FROM service_item, unnest(themes) AS t"
                + " WHERE status IN ('ACTIVE', 'SUSPENDED') GROUP BY t").execute()
                .map(set -> StreamSupport.stream(set.spliterator(), false)
                        .collect(Collectors.toMap(r -> r.getString(0), r -> r.getLong(1))));
    }

    /** Items whose scheduled status change is due on or before the given date. */
    public Uni<List<ServiceItem>> dueForScheduledChange(LocalDate today) {
        return list("scheduledOn <= ?1", today);
    }

    /** The WHERE clause of a listing with its positional parameters ($1 is the tsquery when searching). */
    private record Filter(String where, List<Object> params, String tsQuery, String word) {

        static Filter of(CatalogueQuery query) {
            List<Object> params = new ArrayList<>();
            List<String> where = new ArrayList<>();
            String tsQuery = null;
            String word = null;
            if (query.text() != null) {
                tsQuery = SearchText.tsQuery(query.text());
                List<String> words = SearchText.queryWords(query.text());
                word = words.isEmpty() ? null : words.get(0);
                if (tsQuery != null) {
                    params.add(tsQuery);
                    where.add("i.search_vector @@ to_tsquery('simple', $1)");
                } else if (SearchText.isSingleHan(query.text())) {
                    // a single character has no bigram in the index: scan (rare; the search issue replaces this)
                    params.add(word);
                    where.add("strpos(i.search_text, $1) > 0");
                } else {
                    where.add("false");
                }
            }
            params.add(query.statuses().stream().map(Enum::name).sorted().toArray(String[]::new));
            where.add("i.status = ANY($" + params.size() + ")");
            add(where, params, "i.department_code = $", query.department());
            add(where, params, "i.item_type = $", query.type() == null ? null : query.type().name());
            if (query.audience() != null && query.audience() != Audience.BOTH) {
                params.add(query.audience().name());
                where.add("i.audience IN ($" + params.size() + ", 'BOTH')");
            }
            if (query.theme() != null) {
                params.add(new String[] { query.theme() });
                where.add("i.themes @> CAST($" + params.size() + " AS varchar[])");
            }
            add(where, params, "i.online_depth = $", query.onlineDepth() == null ? null : query.onlineDepth().name());
            return new Filter(String.join(" AND ", where), params, tsQuery, word);
        }

        private static void add(List<String> where, List<Object> params, String condition, String value) {
            if (value != null) {
                params.add(value);
                where.add(condition + params.size());
            }
        }
    }

    private static Row row(io.vertx.mutiny.sqlclient.Row r) {
        String[] themes = r.getArrayOfStrings("themes");
        return new Row(r.getUUID("id"), r.getString("implementation_code"), r.getString("name"), r.getString("department_code"),
                r.getString("department_name"), r.getString("item_type"), r.getString("audience"), r.getString("online_depth"),
                r.getInteger("visits"), r.getInteger("promised_days"), themes == null ? List.of() : Arrays.asList(themes),
                r.getString("status"), r.getInteger("current_version"), r.getOffsetDateTime("published_at"),
                r.getString("scheduled_status"), r.getLocalDate("scheduled_on"), r.getString("scheduled_note"),
                r.getBoolean("demo"), r.getBoolean("has_draft"), r.getOffsetDateTime("draft_updated_at"), r.getLong("lock_version"),
                r.getString("text_window"));
    }
}
