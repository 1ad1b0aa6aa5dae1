package org.gongkai.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.gongkai.catalogue.guide.Audience;
import org.gongkai.common.PageRequest;
import org.gongkai.search.SearchText;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/**
 * Service items. Listings and search are one native query each (filters, rank, page and total count
 * in a single round trip over the summary columns); single items go through Hibernate.
 */
@ApplicationScoped
public class ServiceItemRepository implements PanacheRepositoryBase<ServiceItem, UUID> {

    /** A row of a listing: the summary columns plus rank, the text to cut a fragment from, and the total. */
    public record Row(UUID id, String implementationCode, String name, String departmentCode, String departmentName,
            String type, String audience, String onlineDepth, Integer visits, Integer promisedDays, List<String> themes,
            String status, Integer version, OffsetDateTime publishedAt, String scheduledStatus, LocalDate scheduledOn,
            String scheduledNote, boolean demo, boolean hasDraft, OffsetDateTime draftUpdatedAt, long lockVersion,
            String searchText, long total) {
    }

    private static final String COLUMNS = """
            i.id, i.implementation_code, i.name, i.department_code, d.name, i.item_type, i.audience, i.online_depth,
            i.visits, i.promised_days, array_to_string(i.themes, ','), i.status, i.current_version, i.published_at,
            i.scheduled_status, i.scheduled_on, i.scheduled_note, i.demo, i.draft IS NOT NULL, i.draft_updated_at,
            i.lock_version""";

    public Uni<List<Row>> list(CatalogueQuery query, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>();
        where.add("i.status IN (" + query.statuses().stream().map(s -> "'" + s.name() + "'").sorted().collect(Collectors.joining(", ")) + ")");
        if (query.department() != null) {
            where.add("i.department_code = :department");
            params.put("department", query.department());
        }
        if (query.type() != null) {
            where.add("i.item_type = :type");
            params.put("type", query.type().name());
        }
        if (query.audience() != null && query.audience() != Audience.BOTH) {
            where.add("i.audience IN (:audience, 'BOTH')");
            params.put("audience", query.audience().name());
        }
        if (query.theme() != null) {
            where.add("i.themes @> ARRAY[CAST(:theme AS varchar)]");
            params.put("theme", query.theme());
        }
        if (query.onlineDepth() != null) {
            where.add("i.online_depth = :depth");
            params.put("depth", query.onlineDepth().name());
        }
        String rank = "0";
        String text = "NULL";
        if (query.text() != null) {
            text = "i.search_text";
            String tsQuery = SearchText.tsQuery(query.text());
            if (tsQuery != null) {
                where.add("i.search_vector @@ to_tsquery('simple', :tsquery)");
                rank = "ts_rank(i.search_vector, to_tsquery('simple', :tsquery))";
                params.put("tsquery", tsQuery);
            } else if (SearchText.isSingleHan(query.text())) {
                // a single character has no bigram in the index: scan (rare, and the table is small)
                where.add("strpos(i.search_text, :character) > 0");
                params.put("character", SearchText.normalize(query.text().strip()));
            } else {
                where.add("false");
            }
        }
        String order = switch (query.sort()) {
            case RELEVANCE -> query.text() == null ? "i.name, i.id" : "rank DESC, i.name, i.id";
            case NAME -> "i.name, i.id";
            case UPDATED -> "i.published_at DESC NULLS LAST, i.id";
            case POPULAR -> "i.view_count DESC, i.name, i.id";
        };
        // the total as a scalar subquery: one round trip, and the page itself can stop after LIMIT rows
        String filter = String.join(" AND ", where);
        String sql = "SELECT " + COLUMNS + ", " + rank + " AS rank, " + text + ","
                + " (SELECT count(*) FROM service_item i WHERE " + filter + ")"
                + " FROM service_item i JOIN department d ON d.code = i.department_code"
                + " WHERE " + filter
                + " ORDER BY " + order
                + " LIMIT " + page.size() + " OFFSET " + page.offset();
        return Panache.getSession().chain(session -> {
            var nativeQuery = session.createNativeQuery(sql, Object[].class);
            params.forEach(nativeQuery::setParameter);
            return nativeQuery.getResultList();
        }).map(rows -> rows.stream().map(ServiceItemRepository::toRow).toList());
    }

    /** Published items per theme code. */
    public Uni<Map<String, Long>> countByTheme() {
        String sql = "SELECT t, count(*) FROM service_item, unnest(themes) AS t WHERE status IN ('ACTIVE', 'SUSPENDED') GROUP BY t";
        return Panache.getSession().chain(s -> s.createNativeQuery(sql, Object[].class).getResultList())
                .map(rows -> rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> ((Number) r[1]).longValue())));
    }

    /** Items whose scheduled status change is due on or before the given date. */
    public Uni<List<ServiceItem>> dueForScheduledChange(LocalDate today) {
        return list("scheduledOn <= ?1", today);
    }

    private static Row toRow(Object[] r) {
        String themes = (String) r[10];
        return new Row((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                (String) r[6], (String) r[7], (Integer) r[8], (Integer) r[9],
                themes == null || themes.isEmpty() ? List.of() : Arrays.asList(themes.split(",")),
                (String) r[11], (Integer) r[12], timestamp(r[13]), (String) r[14], date(r[15]), (String) r[16],
                (Boolean) r[17], (Boolean) r[18], timestamp(r[19]), ((Number) r[20]).longValue(),
                (String) r[22], ((Number) r[23]).longValue());
    }

    private static OffsetDateTime timestamp(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.time.LocalDateTime ldt) {
            return ldt.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }

    private static LocalDate date(Object value) {
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        throw new IllegalStateException("Unexpected date type " + value.getClass());
    }
}
