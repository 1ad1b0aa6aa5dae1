package org.gongkai.disclosure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import jakarta.enterprise.context.ApplicationScoped;

import org.gongkai.catalogue.api.DepartmentRef;
import org.gongkai.common.Page;
import org.gongkai.common.PageRequest;
import org.gongkai.disclosure.api.DisclosureFigures;
import org.gongkai.disclosure.api.DisclosureLink;
import org.gongkai.disclosure.api.IssuedDocument;
import org.gongkai.disclosure.api.DisclosureSummary;
import org.gongkai.disclosure.api.FeedEntry;
import org.gongkai.disclosure.api.PublishedRecordRef;
import org.gongkai.search.SearchText;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Disclosure records. Writes go through Hibernate (entities, versions, locking); the public catalogue's
 * reads are prepared statements on the reactive pool over the narrow listing columns.
 */
@ApplicationScoped
public class DisclosureRecordRepository implements PanacheRepositoryBase<DisclosureRecord, UUID> {

    /** Counting stops here: "more than 10,000" is all a reader needs. */
    public static final int COUNT_LIMIT = 10_000;

    /** What the public may see: published, and proactively disclosed (主动公开). */
    static final String PUBLIC = "r.status = 'PUBLISHED' AND r.disclosure_mode = 'PROACTIVE'";

    private static final String SUMMARY = """
            r.id, r.index_number, r.kind, r.title, r.document_number, r.department_code, d.name AS department_name,
            r.written_on, r.published_on, r.category, r.validity, r.sub_items, r.domains""";

    private final Pool pool;

    public DisclosureRecordRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<Page<DisclosureSummary>> listPublic(DisclosureQuery query, PageRequest page) {
        var params = new ArrayList<Object>();
        var where = new ArrayList<String>();
        where.add(PUBLIC);
        String rank = "";
        String from = "disclosure_record r";
        if (query.text() != null) {
            String ts = SearchText.tsQuery(query.text());
            if (ts != null) {
                params.add(ts);
                // the terms of public records are in the search index (search/SearchEngine), one copy for every search
                from = "disclosure_record r JOIN search_document s ON s.id = r.id";
                where.add("s.search_vector @@ to_tsquery('simple', $1)");
                // title matches first, then what is in force, then the newest
                rank = "(s.title_vector @@ to_tsquery('simple', $1)) DESC, ";
            } else if (SearchText.isSingleHan(query.text())) {
                params.add(SearchText.queryWords(query.text()).get(0));
                where.add("strpos(r.title, $1) > 0");
            } else {
                where.add("false");
            }
        }
        add(where, params, "r.department_code = $", query.department());
        add(where, params, "r.kind = $", query.kind() == null ? null : query.kind().name());
        add(where, params, "r.category = $", query.category() == null ? null : query.category().name());
        add(where, params, "r.validity = $", query.validity() == null ? null : query.validity().name());
        if (query.domain() != null) {
            params.add(new String[] { query.domain() });
            where.add("r.domains @> CAST($" + params.size() + " AS varchar[])");
        }
        if (query.subItem() != null) {
            params.add(new String[] { query.subItem() });
            where.add("r.sub_items @> CAST($" + params.size() + " AS varchar[])");
        }
        if (query.year() != null) {
            params.add(LocalDate.of(query.year(), 1, 1));
            where.add("r.published_on >= $" + params.size());
            params.add(LocalDate.of(query.year() + 1, 1, 1));
            where.add("r.published_on < $" + params.size());
        }
        String filter = String.join(" AND ", where);
        String order = rank + "(r.validity = 'VALID') DESC, r.published_on DESC, r.id";
        String pageSql = "SELECT " + SUMMARY + " FROM " + from + " JOIN department d ON d.code = r.department_code WHERE " + filter
                + " ORDER BY " + order + " LIMIT " + page.size() + " OFFSET " + page.offset();
        String countSql = "SELECT count(*) FROM (SELECT 1 FROM " + from + " WHERE " + filter + " LIMIT " + (COUNT_LIMIT + 1) + ") c";
        Uni<List<DisclosureSummary>> rows = pool.preparedQuery(pageSql).execute(Tuple.from(params))
                .map(set -> StreamSupport.stream(set.spliterator(), false).map(DisclosureRecordRepository::summary).toList());
        Uni<Long> total = pool.preparedQuery(countSql).execute(Tuple.from(params)).map(set -> set.iterator().next().getLong(0));
        return Uni.combine().all().unis(rows, total).with((list, count) -> new Page<>(list, count, page.page(), page.size()));
    }

    /** The newest public records of a key domain and/or a department, for feeds. */
    public Uni<List<FeedEntry>> latest(String domain, String department, int limit) {
        var params = new ArrayList<Object>();
        var where = new ArrayList<String>();
        where.add(PUBLIC);
        if (domain != null) {
            params.add(new String[] { domain });
            where.add("r.domains @> CAST($" + params.size() + " AS varchar[])");
        }
        add(where, params, "r.department_code = $", department);
        return pool.preparedQuery("SELECT r.id, r.index_number, r.kind, r.title, r.document_number, d.name, r.published_at"
                + " FROM disclosure_record r JOIN department d ON d.code = r.department_code WHERE " + String.join(" AND ", where)
                + " ORDER BY r.published_at DESC, r.id LIMIT " + limit).execute(Tuple.from(params))
                .map(set -> StreamSupport.stream(set.spliterator(), false).map(r -> new FeedEntry(r.getUUID(0), r.getString(1),
                        RecordKind.valueOf(r.getString(2)), r.getString(3), r.getString(4), r.getString(5), r.getOffsetDateTime(6).toInstant()))
                        .toList());
    }

    /** A slice of the public records in id order with their last publication, for sitemaps. */
    public Uni<List<PublishedRecordRef>> publicRefs(long offset, int limit) {
        return pool.preparedQuery("SELECT r.id, r.published_at FROM disclosure_record r WHERE " + PUBLIC
                + " ORDER BY r.id LIMIT " + limit + " OFFSET " + offset).execute()
                .map(set -> StreamSupport.stream(set.spliterator(), false)
                        .map(r -> new PublishedRecordRef(r.getUUID(0), r.getOffsetDateTime(1).toInstant())).toList());
    }

    public Uni<Long> publicCount() {
        return pool.preparedQuery("SELECT count(*) FROM disclosure_record r WHERE " + PUBLIC).execute()
                .map(set -> set.iterator().next().getLong(0));
    }

    private static final String IN_YEAR = "r.published_on >= $2 AND r.published_on < $3";

    private static final String FIGURES = """
            SELECT count(*) FILTER (WHERE %1$s),
                   count(*) FILTER (WHERE %1$s AND r.kind = 'GAZETTE_ISSUE'),
                   coalesce(sum(jsonb_array_length(coalesce(v.content -> 'gazette' -> 'documents', '[]'::jsonb)))
                            FILTER (WHERE %1$s AND r.kind = 'GAZETTE_ISSUE'), 0),
                   count(*) FILTER (WHERE %1$s AND r.kind = 'NPC_REPLY'),
                   count(*) FILTER (WHERE %1$s AND r.kind = 'CPPCC_REPLY'),
                   count(*) FILTER (WHERE %1$s AND r.kind IN ('REGULATION', 'NORMATIVE_DOCUMENT', 'POLICY') AND EXISTS (
                       SELECT 1 FROM disclosure_record i WHERE i.interprets = r.id AND i.kind = 'INTERPRETATION'
                         AND i.status = 'PUBLISHED' AND i.disclosure_mode = 'PROACTIVE')),
                   count(*) FILTER (WHERE %1$s AND r.kind = 'INTERPRETATION')
            FROM disclosure_record r JOIN disclosure_version v ON v.record_id = r.id AND v.version = r.current_version
            WHERE %2$s AND ($1::varchar IS NULL OR r.department_code = $1)""".formatted(IN_YEAR, PUBLIC);

    /** The year's public records in figures, for one department or all. */
    public Uni<DisclosureFigures> figures(String department, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        return pool.preparedQuery(FIGURES).execute(Tuple.of(department, from, from.plusYears(1))).map(set -> {
            Row row = set.iterator().next();
            return new DisclosureFigures(row.getLong(0), row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5),
                    row.getLong(6));
        });
    }

    /** The published regulations and normative documents (table 二), with when each ceased to be in force. */
    public Uni<List<IssuedDocument>> issuedDocuments(String department) {
        return pool.preparedQuery("""
                SELECT r.kind, coalesce(r.written_on, r.published_on), r.validity, (v.content ->> 'validUntil')::date
                FROM disclosure_record r JOIN disclosure_version v ON v.record_id = r.id AND v.version = r.current_version
                WHERE r.status = 'PUBLISHED' AND r.kind IN ('REGULATION', 'NORMATIVE_DOCUMENT')
                  AND ($1::varchar IS NULL OR r.department_code = $1)""").execute(Tuple.of(department))
                .map(set -> StreamSupport.stream(set.spliterator(), false).map(row -> new IssuedDocument(RecordKind.valueOf(row.getString(0)),
                        row.getLocalDate(1), Validity.valueOf(row.getString(2)), row.getLocalDate(3))).toList());
    }

    /** The 索引号 among those given that name a public record. */
    public Uni<List<String>> publicIndexNumbers(List<String> indexNumbers) {
        if (indexNumbers.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return pool.preparedQuery("SELECT r.index_number FROM disclosure_record r WHERE r.index_number = ANY($1) AND " + PUBLIC)
                .execute(Tuple.of(indexNumbers.toArray(String[]::new)))
                .map(set -> StreamSupport.stream(set.spliterator(), false).map(row -> row.getString(0)).toList());
    }

    /** The public ones among the given records, as links, in the order given. */
    public Uni<List<DisclosureLink>> publicLinks(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return pool.preparedQuery("SELECT r.id, r.index_number, r.kind, r.title FROM disclosure_record r WHERE r.id = ANY($1) AND " + PUBLIC)
                .execute(Tuple.of(ids.toArray(UUID[]::new)))
                .map(set -> {
                    List<DisclosureLink> links = StreamSupport.stream(set.spliterator(), false).map(DisclosureRecordRepository::link).toList();
                    return ids.stream().flatMap(id -> links.stream().filter(l -> l.id().equals(id))).toList();
                });
    }

    /** The published interpretations of a document, newest first. */
    public Uni<List<DisclosureLink>> publicInterpretations(UUID documentId) {
        return pool.preparedQuery("SELECT r.id, r.index_number, r.kind, r.title FROM disclosure_record r"
                + " WHERE r.interprets = $1 AND r.kind = 'INTERPRETATION' AND " + PUBLIC + " ORDER BY r.published_on DESC, r.id")
                .execute(Tuple.of(documentId))
                .map(set -> StreamSupport.stream(set.spliterator(), false).map(DisclosureRecordRepository::link).toList());
    }

    /** A row per published policy or normative document: its department, and whether a published interpretation exists. */
    public record CoverageRow(String departmentCode, String departmentName, DisclosureLink document, boolean interpreted) {
    }

    public Uni<List<CoverageRow>> interpretationCoverage(String department) {
        String sql = "SELECT r.department_code, d.name, r.id, r.index_number, r.kind, r.title,"
                + " EXISTS (SELECT 1 FROM disclosure_record i WHERE i.interprets = r.id AND i.kind = 'INTERPRETATION'"
                + " AND i.status = 'PUBLISHED' AND i.disclosure_mode = 'PROACTIVE') AS interpreted"
                + " FROM disclosure_record r JOIN department d ON d.code = r.department_code"
                + " WHERE " + PUBLIC + " AND r.kind IN ('REGULATION', 'NORMATIVE_DOCUMENT', 'POLICY')"
                + (department == null ? "" : " AND r.department_code = $1")
                + " ORDER BY d.sort_order, r.department_code, r.published_on, r.id";
        return pool.preparedQuery(sql).execute(department == null ? Tuple.tuple() : Tuple.of(department))
                .map(set -> StreamSupport.stream(set.spliterator(), false).map(r -> new CoverageRow(r.getString(0), r.getString(1),
                        new DisclosureLink(r.getUUID(2), r.getString(3), RecordKind.valueOf(r.getString(4)), r.getString(5)),
                        r.getBoolean(6))).toList());
    }

    /** Records with unpublished changes, oldest change first (the Art. 26 panel). */
    public Uni<List<DisclosureRecord>> withDrafts(String department) {
        return department == null ? list("draft is not null order by draftSince, id")
                : list("draft is not null and departmentCode = ?1 order by draftSince, id", department);
    }

    /** The staff console's list: a department's records (or every department's), most recently changed first. */
    public Uni<List<DisclosureRecord>> staffPage(String department, RecordKind kind, DraftState draftState, PageRequest page) {
        StaffFilter f = StaffFilter.of(department, kind, draftState);
        return find("from DisclosureRecord" + f.where() + " order by updatedAt desc, id", f.params()).page(page.page() - 1, page.size()).list();
    }

    public Uni<Long> staffCount(String department, RecordKind kind, DraftState draftState) {
        StaffFilter f = StaffFilter.of(department, kind, draftState);
        return f.params().length == 0 ? count() : count(f.where().substring(" where ".length()), f.params());
    }

    /** The staff list's conditions (department, kind, draft state), as HQL with positional parameters. */
    private record StaffFilter(String where, Object[] params) {
        static StaffFilter of(String department, RecordKind kind, DraftState draftState) {
            var conditions = new ArrayList<String>();
            var params = new ArrayList<Object>();
            for (var c : List.of(new Object[] { "departmentCode", department }, new Object[] { "kind", kind },
                    new Object[] { "draftState", draftState })) {
                if (c[1] != null) {
                    params.add(c[1]);
                    conditions.add(c[0] + " = ?" + params.size());
                }
            }
            return new StaffFilter(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params.toArray());
        }
    }

    private static void add(List<String> where, List<Object> params, String condition, Object value) {
        if (value != null) {
            params.add(value);
            where.add(condition + params.size());
        }
    }

    private static DisclosureLink link(Row r) {
        return new DisclosureLink(r.getUUID(0), r.getString(1), RecordKind.valueOf(r.getString(2)), r.getString(3));
    }

    private static DisclosureSummary summary(Row r) {
        String category = r.getString("category");
        return new DisclosureSummary(r.getUUID("id"), r.getString("index_number"), RecordKind.valueOf(r.getString("kind")),
                r.getString("title"), r.getString("document_number"), new DepartmentRef(r.getString("department_code"), r.getString("department_name")),
                r.getLocalDate("written_on"), r.getLocalDate("published_on"), category == null ? null : FivePublic.valueOf(category),
                Validity.valueOf(r.getString("validity")), Arrays.asList(r.getArrayOfStrings("sub_items")),
                Arrays.asList(r.getArrayOfStrings("domains")));
    }
}
