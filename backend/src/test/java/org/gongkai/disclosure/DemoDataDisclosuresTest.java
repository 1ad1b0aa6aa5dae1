package org.gongkai.disclosure;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * The demo disclosure catalogue (tools/demo-disclosures.mjs), loaded at start in the test profile as in the demo: every
 * department and key-domain sub-item and kind, and exactly the 2017 figures of the seed report (parts 二, 五, 六).
 */
@QuarkusTest
class DemoDataDisclosuresTest {

    static final String PUBLIC = "/api/v1/disclosures";

    @Inject
    DataSource db;

    static int total(String query) {
        return given().get(PUBLIC + "?size=1&" + query).then().statusCode(200).extract().path("total");
    }

    @Test
    void everyDepartmentOfTheDirectoryHasPublicRecords() throws java.io.IOException {
        // the directory as the demo knows it (other tests add departments and edit contacts)
        List<String> directory;
        try (var in = getClass().getClassLoader().getResourceAsStream("demo/department-contacts.json")) {
            directory = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in).findValuesAsText("code");
        }
        assertEquals(33, directory.size());
        for (String code : directory) {
            assertTrue(total("department=" + code) > 0, code + " has no public record");
        }
    }

    @Test
    void all33SubItemsAndEveryKindAreUsed() {
        List<String> subItems = given().get("/api/v1/key-domains").then().statusCode(200).extract().path("subItems.flatten().code");
        assertEquals(33, subItems.size());
        for (String subItem : subItems) {
            assertTrue(total("subItem=" + subItem) > 0, subItem + " has no public record");
        }
        for (RecordKind kind : RecordKind.values()) {
            assertTrue(total("kind=" + kind) > 0, "no public record of kind " + kind);
        }
    }

    @Test
    void the2017GazetteHasEightIssuesWith48Documents() {
        List<String> ids = given().get(PUBLIC + "?kind=GAZETTE_ISSUE&year=2017&size=100").then().statusCode(200).extract().path("items.id");
        assertEquals(8, ids.size());
        int documents = 0;
        List<Integer> issues = new ArrayList<>();
        for (String id : ids) {
            Map<String, Object> gazette = given().get(PUBLIC + "/" + id).then().statusCode(200).extract().path("gazette");
            documents += ((List<?>) gazette.get("documents")).size();
            issues.add((Integer) gazette.get("issue"));
        }
        assertEquals(48, documents);
        assertTrue(issues.containsAll(List.of(1, 2, 3, 4, 5, 6, 7, 8)), issues.toString());
    }

    @Test
    void in2017_45NpcAnd145CppccRepliesWerePublished() {
        assertEquals(45, total("kind=NPC_REPLY&year=2017"));
        assertEquals(145, total("kind=CPPCC_REPLY&year=2017"));
    }

    @Test
    void in2017_86PolicyDocumentsWereInterpreted() throws SQLException {
        assertEquals(86, count("""
                select count(*) from disclosure_record r
                where r.demo and r.status = 'PUBLISHED' and r.disclosure_mode = 'PROACTIVE' and r.kind in ('REGULATION', 'NORMATIVE_DOCUMENT', 'POLICY')
                  and r.published_on >= date '2017-01-01' and r.published_on < date '2018-01-01'
                  and exists (select 1 from disclosure_record i where i.interprets = r.id and i.kind = 'INTERPRETATION'
                              and i.status = 'PUBLISHED' and i.disclosure_mode = 'PROACTIVE')"""));
        // 2017's records carry 2017's index numbers
        assertEquals(0, count("select count(*) from disclosure_record where demo and extract(year from created_at at time zone 'Asia/Shanghai') = 2017"
                + " and index_number not like '%/2017-%'"));
    }

    @Test
    @TestSecurity(user = "city-admin", roles = "admin")
    void aFewPolicyDocumentsAreLeftWithoutInterpretationAndTheCoverageReportListsThem() throws SQLException {
        String uninterpreted = first("""
                select r.id from disclosure_record r
                where r.demo and r.status = 'PUBLISHED' and r.disclosure_mode = 'PROACTIVE' and r.kind in ('REGULATION', 'NORMATIVE_DOCUMENT', 'POLICY')
                  and not exists (select 1 from disclosure_record i where i.interprets = r.id)
                order by r.published_on, r.id limit 1""");
        List<String> missing = given().get("/api/v1/admin/disclosures/interpretation-coverage").then().statusCode(200).extract()
                .path("missing.flatten().id");
        assertTrue(missing.contains(uninterpreted), "the coverage report lists " + uninterpreted);
        int demoMissing = count("""
                select count(*) from disclosure_record r
                where r.demo and r.status = 'PUBLISHED' and r.disclosure_mode = 'PROACTIVE' and r.kind in ('REGULATION', 'NORMATIVE_DOCUMENT', 'POLICY')
                  and not exists (select 1 from disclosure_record i where i.interprets = r.id)""");
        int demoDocuments = count("select count(*) from disclosure_record where demo and kind in ('REGULATION', 'NORMATIVE_DOCUMENT', 'POLICY')");
        assertTrue(demoMissing > 0 && demoMissing * 5 < demoDocuments, "a few, not most: " + demoMissing + " of " + demoDocuments);
    }

    @Test
    @SuppressWarnings("unchecked")
    void budgetsAndFinalAccountsHaveTheFourPartsAndTheirTablesAddUp() {
        List<String> ids = new ArrayList<>(given().get(PUBLIC + "?kind=BUDGET&size=100").then().extract().path("items.id"));
        ids.addAll(given().get(PUBLIC + "?kind=FINAL_ACCOUNTS&size=100").then().extract().path("items.id"));
        assertTrue(ids.size() >= 20, "budgets of several departments: " + ids.size());
        java.util.Set<Integer> years = new java.util.HashSet<>();
        java.util.Set<String> departments = new java.util.HashSet<>();
        for (String id : ids) {
            Map<String, Object> detail = given().get(PUBLIC + "/" + id).then().statusCode(200).extract().path("$");
            Map<String, Object> budget = (Map<String, Object>) detail.get("budget");
            years.add((Integer) budget.get("year"));
            departments.add((String) ((Map<String, Object>) detail.get("department")).get("code"));
            for (String part : List.of("overview", "explanation", "glossary")) {
                assertFalse(((String) budget.get(part)).isBlank(), id + " lacks " + part);
            }
            List<Map<String, Object>> tables = (List<Map<String, Object>>) budget.get("tables");
            assertFalse(tables.isEmpty());
            for (Map<String, Object> table : tables) {
                List<Map<String, Object>> rows = (List<Map<String, Object>>) table.get("rows");
                Map<String, Object> totalRow = rows.get(rows.size() - 1);
                assertEquals("合计", totalRow.get("name"));
                BigDecimal sum = rows.subList(0, rows.size() - 1).stream().map(r -> new BigDecimal(r.get("amount").toString()))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                assertEquals(0, sum.compareTo(new BigDecimal(totalRow.get("amount").toString())), id + " " + table.get("name") + " adds up");
            }
        }
        assertTrue(years.containsAll(List.of(2025, 2026)), years.toString());
        assertTrue(departments.size() >= 5, departments.toString());
    }

    @Test
    void onlyPublishedProactiveDemoRecordsArePublic() throws SQLException {
        assertTrue(count("select count(*) from disclosure_record where demo and status = 'UNPUBLISHED'") > 0, "some demo drafts");
        String onRequest = first("select id from disclosure_record where demo and status = 'PUBLISHED' and disclosure_mode = 'ON_REQUEST' limit 1");
        String draft = first("select id from disclosure_record where demo and status = 'UNPUBLISHED' limit 1");
        given().get(PUBLIC + "/" + onRequest).then().statusCode(404);
        given().get(PUBLIC + "/" + draft).then().statusCode(404);
        // an expired document keeps its history: published in force, then marked
        String expired = first("select id from disclosure_record where demo and validity = 'EXPIRED' limit 1");
        given().get(PUBLIC + "/" + expired + "/versions").then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.is(2));
        // the power list of 2017 was adjusted three times, each adjustment replacing the last
        assertEquals(2, count("select count(*) from disclosure_record where demo and superseded_by is not null and title like '%权责清单%'"));
    }

    private int count(String sql) throws SQLException {
        return Integer.parseInt(first(sql));
    }

    private String first(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            assertTrue(r.next(), "no row for " + sql);
            return r.getString(1);
        }
    }
}
