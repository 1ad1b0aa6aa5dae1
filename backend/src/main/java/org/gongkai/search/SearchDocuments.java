package org.gongkai.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.gongkai.disclosure.HtmlBody;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The public documents behind the search, read from the database by id: what a hit shows (every engine
 * returns ids in rank order and takes the rest from here, so a page never shows a stale title or a
 * document withdrawn since the engine indexed it) and what an external engine indexes.
 */
@ApplicationScoped
public class SearchDocuments {

    /** Each document with the source row its text comes from. */
    private static final String SOURCES = " LEFT JOIN service_item s ON d.kind = 'SERVICE_ITEM' AND s.id = d.id"
            + " LEFT JOIN disclosure_record r ON d.kind <> 'SERVICE_ITEM' AND r.id = d.id"
            + " LEFT JOIN disclosure_version v ON v.record_id = r.id AND v.version = r.current_version"
            + " WHERE d.id = ANY($1)";

    private static final String TEXT = "CASE WHEN d.kind = 'SERVICE_ITEM' THEN s.search_text ELSE v.content ->> 'body' END";

    private final Pool pool;

    public SearchDocuments(Pool pool) {
        this.pool = pool;
    }

    /** The hits in the given order with what the page shows, and the text to cut a fragment from; ids no longer public drop out. */
    public Uni<List<SearchEngine.Match>> matches(List<UUID> ids) {
        return matches(pool, ids);
    }

    public static Uni<List<SearchEngine.Match>> matches(SqlClient sql, List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        String query = "SELECT d.id, d.kind, d.title, d.reference, d.document_number, d.department_code, dep.name, d.published_on, d.validity,"
                + " d.in_force, " + TEXT + " AS text FROM search_document d JOIN department dep ON dep.code = d.department_code" + SOURCES;
        return sql.preparedQuery(query).execute(Tuple.of(ids.toArray(UUID[]::new))).map(set -> {
            Map<UUID, SearchEngine.Match> byId = new HashMap<>();
            for (Row r : set) {
                SearchKind kind = SearchKind.valueOf(r.getString("kind"));
                String text = r.getString("text");
                byId.put(r.getUUID("id"), new SearchEngine.Match(r.getUUID("id"), kind, r.getString("title"), r.getString("reference"),
                        r.getString("document_number"), r.getString("department_code"), r.getString("name"), r.getLocalDate("published_on"),
                        r.getString("validity"), r.getBoolean("in_force"),
                        text == null ? null : kind == SearchKind.SERVICE_ITEM ? text : HtmlBody.text(text)));
            }
            return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
        });
    }

    /** A public document as an external engine indexes it: its facets, and its text as plain text. */
    public record Source(UUID id, SearchKind kind, String title, String documentNumber, String departmentCode, List<String> domains,
            List<String> subItems, String category, String validity, boolean inForce, LocalDate publishedOn, int year, String keywords,
            String body) {
    }

    /** The documents of these ids that are public now; an id missing from the answer is no longer public. */
    public static Uni<List<Source>> sources(SqlClient sql, List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        String query = "SELECT d.id, d.kind, d.title, d.document_number, d.department_code, d.domains, d.sub_items, d.category, d.validity,"
                + " d.in_force, d.published_on, d.year,"
                + " " + TEXT + " AS body, CASE WHEN d.kind <> 'SERVICE_ITEM' THEN v.content -> 'keywords' END AS keywords"
                + " FROM search_document d" + SOURCES;
        return sql.preparedQuery(query).execute(Tuple.of(ids.toArray(UUID[]::new))).map(set -> {
            List<Source> out = new ArrayList<>(set.size());
            for (Row r : set) {
                SearchKind kind = SearchKind.valueOf(r.getString("kind"));
                String body = r.getString("body");
                Object keywords = r.getValue("keywords");
                out.add(new Source(r.getUUID("id"), kind, r.getString("title"), r.getString("document_number"), r.getString("department_code"),
                        Arrays.asList(r.getArrayOfStrings("domains")), Arrays.asList(r.getArrayOfStrings("sub_items")), r.getString("category"),
                        r.getString("validity"), r.getBoolean("in_force"), r.getLocalDate("published_on"), r.getInteger("year"),
                        keywords instanceof JsonArray a ? String.join(" ", a.stream().map(String::valueOf).toList()) : "",
                        body == null ? "" : kind == SearchKind.SERVICE_ITEM ? body : HtmlBody.text(body)));
            }
            return out;
        });
    }
}
