package org.gongkai.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.gongkai.disclosure.HtmlBody;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;

/**
 * The one search over services and disclosures, on the demo data plus records written here straight
 * into the tables (as any write path would). Every engine passes this same suite; each says how soon
 * a write is searchable ({@link #freshness}) and how to wait for its index.
 */
abstract class SearchSuite {

    static final String SEARCH = "/api/v1/search";

    @Inject
    DataSource db;

    /** How long after a write commits it may take to be found (or gone): zero is "on the next request". */
    abstract Duration freshness();

    /** Waits until every write so far is searchable (a bulk load may take longer than {@link #freshness}). */
    abstract void awaitIndexed() throws Exception;

    /** Lets the engine see a changed index as a bulk load leaves it (statistics, counts). */
    abstract void bulkLoaded() throws Exception;

    /** The assertion holds within {@link #freshness} of now: tried once, then again until that has passed. */
    void eventually(Runnable assertion) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + freshness().toNanos();
        while (true) {
            try {
                assertion.run();
                System.out.printf("%s: the index followed the write after %d ms%n", getClass().getSimpleName(), (System.nanoTime() - start) / 1_000_000);
                return;
            } catch (AssertionError e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(20);
            }
        }
    }

    static JsonPath search(String query) {
        return given().get(SEARCH + "?" + query).then().statusCode(200).contentType("application/json").extract().jsonPath();
    }

    @Test
    void servicesAndDisclosuresAreFoundTogetherWithExactFacets() {
        JsonPath r = search("q=许可&size=50");
        assertTrue(r.getBoolean("totalExact"));
        List<String> kinds = r.getList("facets.find { it.name == 'kind' }.values.value");
        assertTrue(kinds.contains("SERVICE_ITEM"), kinds.toString());
        assertTrue(kinds.stream().anyMatch(k -> !k.equals("SERVICE_ITEM")), kinds.toString());
        assertTrue(search("q=许可&kind=" + kinds.stream().filter(k -> !k.equals("SERVICE_ITEM")).findFirst().orElseThrow())
                .getList("items.kind").stream().noneMatch("SERVICE_ITEM"::equals));
        long total = r.getLong("total");
        List<String> facets = r.getList("facets.name");
        assertEquals(List.of("kind", "department", "domain", "subItem", "year", "category", "validity"), facets);
        // each facet that every hit has adds up to the total
        for (String facet : List.of("kind", "department", "year", "validity")) {
            List<Integer> counts = r.getList("facets.find { it.name == '" + facet + "' }.values.count");
            assertEquals(total, counts.stream().mapToLong(Integer::longValue).sum(), facet);
        }
        // a facet value narrows the search to its count
        String department = r.getString("facets.find { it.name == 'department' }.values[0].value");
        long count = r.getLong("facets.find { it.name == 'department' }.values[0].count");
        assertEquals(count, search("q=许可&department=" + department).getLong("total"));
    }

    @Test
    void traditionalAndFullWidthFindWhatSimplifiedFindsAndSaySo() throws Exception {
        UUID id = publish("关于推进ＡＩ政务服务试点的通知", "<p>为推进人工智能在政务服务中的应用，现通知如下。</p>", "VALID", LocalDate.of(2026, 5, 6));
        awaitIndexed();
        try {
            JsonPath simplified = search("q=政务服务 ai");
            JsonPath traditional = search("q=政務服務 ＡＩ");
            assertEquals(simplified.getLong("total"), traditional.getLong("total"));
            assertTrue(traditional.getList("items.id").contains(id.toString()));
            assertEquals("政务服务 ai", traditional.getString("didYouMean"));
            assertEquals(null, simplified.getString("didYouMean"));
        } finally {
            delete(id);
        }
    }

    @Test
    void aPublishedRecordIsFoundWithinTheFreshnessAndAWithdrawnOneIsGone() throws Exception {
        UUID id = publish("鸿鹄湾片区控制性详细规划公示", "<p>鸿鹄湾片区规划草案现予公示。</p>", "VALID", LocalDate.of(2026, 4, 1));
        try {
            eventually(() -> given().get(SEARCH + "?q=鸿鹄湾").then().statusCode(200).body("items.id", hasItem(id.toString())));
            sql("UPDATE disclosure_record SET status = 'WITHDRAWN' WHERE id = ?", id);
            // a withdrawn record is never shown, even before an external index has caught up (hits are read from the database)
            given().get(SEARCH + "?q=鸿鹄湾").then().statusCode(200).body("items.id", not(hasItem(id.toString())));
            eventually(() -> given().get(SEARCH + "?q=鸿鹄湾").then().statusCode(200).body("total", is(0)));
            sql("UPDATE disclosure_record SET status = 'PUBLISHED' WHERE id = ?", id);
            eventually(() -> given().get(SEARCH + "?q=鸿鹄湾").then().statusCode(200).body("items.id", hasItem(id.toString())));
        } finally {
            delete(id);
        }
    }

    @Test
    void titleMatchesComeFirstThenWhatIsInForceThenTheNewest() throws Exception {
        UUID oldTitle = publish("翠岭山庄供水管网改造的公告", "<p>改造工程将分段施工。</p>", "EXPIRED", LocalDate.of(2019, 3, 1));
        UUID inForce = publish("关于城区管网的通知", "<p>翠岭山庄片区停水安排如下。</p>", "VALID", LocalDate.of(2024, 3, 1));
        UUID newestExpired = publish("关于停水的通知", "<p>翠岭山庄片区停水已结束。</p>", "EXPIRED", LocalDate.of(2026, 3, 1));
        UUID olderInForce = publish("关于供水的通知", "<p>翠岭山庄片区供水恢复。</p>", "VALID", LocalDate.of(2022, 3, 1));
        awaitIndexed();
        try {
            JsonPath r = search("q=翠岭山庄");
            assertEquals(List.of(oldTitle.toString(), inForce.toString(), olderInForce.toString(), newestExpired.toString()), r.getList("items.id"));
            assertEquals(List.of(Map.of("start", 0, "end", 4)), r.getList("items[0].titleHighlights"));
            String fragment = r.getString("items[1].fragment.text");
            int start = r.getInt("items[1].fragment.highlights[0].start");
            assertEquals("翠岭山庄", fragment.substring(start, start + 4));
        } finally {
            delete(oldTitle, inForce, newestExpired, olderInForce);
        }
    }

    @Test
    void termsOfOneTwoAndMoreCharactersAllOfThemAndPhrases() throws Exception {
        UUID a = publish("蓼花洲湿地保护条例", "<p>保护湿地生态。</p>", "VALID", LocalDate.of(2025, 1, 2));
        UUID b = publish("关于湿地公园开放时间的公告", "<p>蓼花洲公园自五月起开放。</p>", "VALID", LocalDate.of(2025, 1, 3));
        awaitIndexed();
        try {
            // one character: titles
            assertTrue(search("q=蓼&size=100").getList("items.id").contains(a.toString()));
            // two, three, four characters
            assertTrue(search("q=蓼花").getList("items.id").containsAll(List.of(a.toString(), b.toString())));
            assertTrue(search("q=蓼花洲").getList("items.id").containsAll(List.of(a.toString(), b.toString())));
            assertEquals(List.of(a.toString()), search("q=蓼花洲湿地").getList("items.id"));
            // several terms: all must match
            assertEquals(List.of(b.toString()), search("q=蓼花洲 开放").getList("items.id"));
            // a quoted phrase: its words one after the other
            assertEquals(List.of(a.toString()), search("q=\"蓼花洲 湿地\"").getList("items.id"));
            assertEquals(2, search("q=蓼花洲 湿地").getList("items.id").size());
            // the suggestions: titles, newest first
            given().get(SEARCH + "/suggest?q=蓼花").then().statusCode(200).body("titles", is(List.of("蓼花洲湿地保护条例")));
        } finally {
            delete(a, b);
        }
    }

    @Test
    void nothingSearchableFindsNothingAndBrowsingListsEverything() {
        JsonPath punctuation = search("q=，。！");
        assertTrue(punctuation.getLong("total") > 0, "punctuation only browses");
        JsonPath browse = search("department=gov-office&year=2017");
        assertTrue(browse.getLong("total") > 0);
        assertTrue(browse.getList("items.department.code").stream().allMatch("gov-office"::equals));
        given().get(SEARCH + "?q=不存在的词语组合汪汪").then().statusCode(200).body("items", empty()).body("total", is(0)).body("didYouMean", nullValue());
        given().get(SEARCH + "?q=不存在的词语组合汪汪&page=50").then().statusCode(200).body("items", empty()).body("total", is(0));
        // a deep page holds what is left of the results there, or nothing
        long total = search("q=许可").getLong("total");
        assertEquals(Math.max(0, Math.min(20, total - 980)), search("q=许可&page=50&size=20").getList("items").size());
    }

    @Test
    void resultsGoAThousandDeepAndBadFiltersAreNamed() {
        given().get(SEARCH + "?page=51&size=20").then().statusCode(400).contentType("application/problem+json").body("errors[0].field", is("page"));
        given().get(SEARCH + "?kind=WHATEVER").then().statusCode(400).body("errors[0].field", is("kind"));
        given().get(SEARCH + "/suggest?limit=0").then().statusCode(400).body("errors[0].field", is("limit"));
    }

    @Test
    void beyondTenThousandMatchesTheCountsAreEstimatesAndThePageStillRanks() throws Exception {
        // 12,000 published records sharing a term, 120 of them in the title, in one bulk write
        transaction("""
                INSERT INTO disclosure_record (id, index_number, department_code, kind, status, current_version, title, published_on, published_at,
                    disclosure_mode, category, validity, search_title_tokens, search_tokens, created_at, created_by, updated_at)
                SELECT gen_random_uuid(), 'bulk-' || i, 'gov-office', 'GENERAL', 'PUBLISHED', 1, CASE WHEN i % 100 = 0 THEN '璎珞' ELSE '批量' END || i,
                       DATE '2020-01-01' + (i % 2000), now(), 'PROACTIVE', 'RESULT', CASE WHEN i % 10 <> 0 THEN 'VALID' ELSE 'EXPIRED' END,
                       CASE WHEN i % 100 = 0 THEN '璎珞 ' ELSE '批量 ' END || i, '璎珞 批量', now(), 'search-test', now()
                FROM generate_series(1, 12000) i""", """
                INSERT INTO disclosure_version (record_id, version, state, content, change_note, published_at, published_by)
                SELECT id, 1, 'PUBLISHED', jsonb_build_object('title', title, 'body', '<p>璎珞批量</p>'), '首次发布', now(), 'search-test'
                FROM disclosure_record WHERE index_number LIKE 'bulk-%'""");
        bulkLoaded();
        try {
            JsonPath r = search("q=璎珞&size=10");
            assertEquals(false, r.getBoolean("totalExact"));
            long total = r.getLong("total");
            assertTrue(total > 9_000 && total < 16_000, "estimate " + total);
            // the 120 title matches first, in force first, newest first
            List<String> titles = r.getList("items.title");
            assertEquals(10, titles.size());
            for (String t : titles) {
                int i = Integer.parseInt(t.substring(2));
                assertEquals(0, i % 100, t);
            }
            long department = r.getLong("facets.find { it.name == 'department' }.values[0].count");
            assertTrue(department > 9_000, "department estimate " + department);
            // asked again, an engine that sizes its sample by what the first query saw of the index estimates alike
            JsonPath again = search("q=璎珞&size=10");
            assertTrue(again.getLong("total") > 9_000 && again.getLong("total") < 16_000, "estimate " + again.getLong("total"));
            assertTrue(again.getLong("facets.find { it.name == 'department' }.values[0].count") > 9_000);
            assertEquals(titles, again.getList("items.title"));
            // page 50 is answered too
            given().get(SEARCH + "?q=璎珞&page=50&size=20").then().statusCode(200).body("items.size()", is(20));
        } finally {
            transaction("DELETE FROM disclosure_version WHERE record_id IN (SELECT id FROM disclosure_record WHERE index_number LIKE 'bulk-%')",
                    "DELETE FROM disclosure_record WHERE index_number LIKE 'bulk-%'");
            bulkLoaded();
        }
    }

    @Test
    void serviceItemsAreFoundByTheirGuide() {
        JsonPath r = search("q=营业执照&kind=SERVICE_ITEM");
        assertTrue(r.getLong("total") > 0);
        given().get(SEARCH + "?q=营业执照&kind=SERVICE_ITEM").then().body("items.kind", everyItem(is("SERVICE_ITEM")))
                .body("items[0].reference", notNullValue()).body("items[0].inForce", notNullValue())
                .body("total", greaterThan(0));
    }

    // ---- writing as the disclosure workflow does --------------------------------------------------

    UUID publish(String title, String body, String validity, LocalDate publishedOn) throws Exception {
        UUID id = UUID.randomUUID();
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement r = c.prepareStatement("""
                    INSERT INTO disclosure_record (id, index_number, department_code, kind, status, current_version, title, published_on, published_at,
                        disclosure_mode, category, validity, search_title_tokens, search_tokens, created_at, created_by, updated_at)
                    VALUES (?, ?, 'gov-office', 'GENERAL', 'PUBLISHED', 1, ?, ?, now(), 'PROACTIVE', 'RESULT', ?, ?, ?, now(), 'search-test', now())""");
                    PreparedStatement v = c.prepareStatement("""
                            INSERT INTO disclosure_version (record_id, version, state, content, change_note, published_at, published_by)
                            VALUES (?, 1, 'PUBLISHED', CAST(? AS jsonb), '首次发布', now(), 'search-test')""")) {
                r.setObject(1, id);
                r.setString(2, "search-test/" + id);
                r.setString(3, title);
                r.setObject(4, publishedOn);
                r.setString(5, validity);
                r.setString(6, SearchText.indexTokens(title));
                r.setString(7, SearchText.indexTokens(HtmlBody.text(body)));
                r.executeUpdate();
                v.setObject(1, id);
                v.setString(2, new io.vertx.core.json.JsonObject().put("title", title).put("body", body).encode());
                v.executeUpdate();
            }
            c.commit();
        }
        return id;
    }

    void delete(UUID... ids) throws Exception {
        for (UUID id : ids) {
            sql("DELETE FROM disclosure_version WHERE record_id = ?", id);
            sql("DELETE FROM disclosure_record WHERE id = ?", id);
        }
        awaitIndexed();
    }

    void transaction(String... statements) throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            for (String statement : statements) {
                try (PreparedStatement s = c.prepareStatement(statement)) {
                    s.executeUpdate();
                }
            }
            c.commit();
        }
    }

    void sql(String sql, Object... params) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
        }
    }
}
