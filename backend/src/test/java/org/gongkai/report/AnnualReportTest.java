package org.gongkai.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import org.gongkai.support.KeycloakResource;
import org.gongkai.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The seed as the test: the 2017 report of the city, computed from the demo records, shows the seed's figures. */
@QuarkusTest
@WithTestResource(KeycloakResource.class)
class AnnualReportTest {

    @Test
    void the2017CityReportShowsTheSeedsFigures() {
        Response r = given().get("/api/v1/reports/2017");
        r.then().statusCode(200).body("title", is("葫芦岛市2017年政府信息公开工作年度报告")).body("dueOn", is("2018-03-31"))
                .body("figures.serviceItems", is(664)).body("figures.gazetteIssues", is(8)).body("figures.gazetteDocuments", is(48))
                .body("figures.npcReplies", is(45)).body("figures.cppccReplies", is(145)).body("figures.interpretedPolicyDocuments", is(86))
                .body("figures.applicationsReceived", is(51)).body("figures.applicationsHandled", is(51))
                .body("figures.applicationsCarriedOver", is(0)).body("figures.reviewsAndLawsuits", is(0))
                .body("violations", empty());
        // table 三: every row of the form, the 51 in the 总计 column of 一 and of （七）, none carried over
        List<Map<String, Object>> rows = r.path("table3");
        assertEquals(30, rows.size());
        assertEquals(51, counts(rows, "received").get(6).intValue());
        assertEquals(41, counts(rows, "received").get(0).intValue(), "41 residents and 10 organisations");
        assertEquals(51, counts(rows, "handled").get(6).intValue());
        assertEquals(0, counts(rows, "carriedOut").get(6).intValue());
        assertEquals(28, counts(rows, "DISCLOSED").get(6).intValue());
        assertEquals(List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"), r.path("table3Columns"));
        // table 四: nothing reviewed or litigated
        assertEquals(List.of(0, 0, 0), r.path("table4.total"));
        assertFalse(r.asString().contains("demo1@example.com") || r.asString().contains("示例路"), "no personal data");
    }

    @Test
    void aDepartmentsReportIsDueBy31JanuaryAndTheCsvHasTheForm() {
        given().get("/api/v1/reports/2017?department=housing").then().statusCode(200).body("dueOn", is("2018-01-31"))
                .body("title", containsString("住房和城乡建设局"));
        given().get("/api/v1/reports/2017?department=nowhere").then().statusCode(400).body("errors[0].field", is("department"));
        given().get("/api/v1/reports/1999").then().statusCode(400).body("errors[0].field", is("year"));
        String csv = given().get("/api/v1/reports/2017/tables.csv").then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("（七）总计,") && csv.contains("一、本年新收政府信息公开申请数量,") && csv.contains("行政复议,0,0,0,0,0"), csv);
    }

    @Test
    void staffEnterTheirDepartmentsFiguresAndRegisterReviews() {
        String staff = Tokens.of("staff-public-security");
        String path = "/api/v1/admin/reports/2026/register/public-security";
        given().auth().oauth2(Tokens.of("staff-market-regulation")).get(path).then().statusCode(403);
        String etag = given().auth().oauth2(staff).get(path).then().statusCode(200).extract().header("ETag");
        assertEquals("\"-1\"", etag);
        given().auth().oauth2(staff).contentType(ContentType.JSON).body(Map.of("licensing", -1)).header("If-Match", etag).put(path).then()
                .statusCode(400).body("errors[0].field", is("licensing"));
        etag = given().auth().oauth2(staff).contentType(ContentType.JSON).body(Map.of("licensing", 1520, "fees", 356.2)).header("If-Match", etag)
                .put(path).then().statusCode(200).body("licensing", is(1520)).extract().header("ETag");
        // a second first entry, from a stale read, loses
        given().auth().oauth2(staff).contentType(ContentType.JSON).body(Map.of("licensing", 1)).header("If-Match", "\"-1\"").put(path).then().statusCode(412);
        Response report = given().get("/api/v1/reports/2026?department=public-security");
        report.then().body("table2Entered.find { it.item == 'LICENSING' }.value", is(1520)).body("table2Entered.find { it.item == 'LICENSING' }.entered", is(true))
                .body("table2Entered.find { it.item == 'COERCION' }.entered", is(false));

        // a review is about a case of the department that decided it
        given().auth().oauth2(staff).contentType(ContentType.JSON).body(Map.of("departmentCode", "public-security", "applicationId",
                java.util.UUID.randomUUID().toString(), "kind", "REVIEW", "filedOn", "2026-03-02", "result", "PENDING"))
                .post("/api/v1/admin/reports/review-cases").then().statusCode(400).body("errors[0].field", is("applicationId"));
        Response created = given().auth().oauth2(staff).contentType(ContentType.JSON)
                .body(Map.of("departmentCode", "public-security", "kind", "REVIEW", "filedOn", "2026-03-02", "result", "PENDING")).post("/api/v1/admin/reports/review-cases");
        created.then().statusCode(201);
        String id = created.path("id");
        given().auth().oauth2(staff).contentType(ContentType.JSON).header("If-Match", created.header("ETag"))
                .body(Map.of("result", "UPHELD")).put("/api/v1/admin/reports/review-cases/" + id).then().statusCode(400).body("errors[0].field", is("decidedOn"));
        given().auth().oauth2(staff).contentType(ContentType.JSON).header("If-Match", created.header("ETag"))
                .body(Map.of("result", "UPHELD", "decidedOn", "2026-05-10")).put("/api/v1/admin/reports/review-cases/" + id).then().statusCode(200);
        given().get("/api/v1/reports/2026?department=public-security").then().body("table4[0].upheld", is(1)).body("table4[0].total", is(1));
        given().auth().oauth2(Tokens.of("staff-market-regulation")).get("/api/v1/admin/reports/review-cases").then().statusCode(200)
                .body("id", not(hasItem(id)));
    }

    @SuppressWarnings("unchecked")
    private static List<Number> counts(List<Map<String, Object>> rows, String key) {
        return (List<Number>) rows.stream().filter(r -> key.equals(r.get("key"))).findFirst().orElseThrow().get("counts");
    }
}
