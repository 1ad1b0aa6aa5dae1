package org.gongkai.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.gongkai.support.KeycloakResource;
import org.gongkai.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** An application from submission to reply, with real tokens: the applicant, the office of the department asked, and the public. */
@QuarkusTest
@WithTestResource(KeycloakResource.class)
class ApplicationFlowTest {

    static final String DEPARTMENT = "public-security";

    @Inject
    DataSource db;

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON);
    }

    static Map<String, Object> application(String description) {
        Map<String, Object> a = new HashMap<>();
        a.put("applicantType", "NATURAL_PERSON");
        a.put("applicantName", "李测试");
        a.put("idType", "RESIDENT_ID");
        a.put("idNumber", "210000199001011234");
        a.put("phone", "0429-1234567");
        a.put("email", "li@example.com");
        a.put("departmentCode", DEPARTMENT);
        a.put("description", description);
        a.put("formWanted", "ELECTRONIC");
        a.put("delivery", "ONLINE");
        return a;
    }

    static Response submit(String key, Map<String, Object> body) {
        return as("applicant").header("Idempotency-Key", key).body(body).post("/api/v1/applications");
    }

    @Test
    void aCaseFromSubmissionThroughCorrectionToReply() {
        Response receipt = submit(UUID.randomUUID().toString(), application("2025年户籍窗口办理量统计"));
        receipt.then().statusCode(201)
                .body("trackingNumber", matchesPattern("YSQ\\d{4}-\\d{6}")).body("verificationCode", matchesPattern("[2-9A-Z]{8}"))
                .body("replyDue", notNullValue()).body("count.workingDays", is(20));
        String id = receipt.path("id");
        String number = receipt.path("trackingNumber");

        // the public follows it by number and code, and sees nothing personal
        Response tracked = given().get("/api/v1/applications/track?number=" + number + "&code=" + receipt.path("verificationCode"));
        tracked.then().statusCode(200).body("state", is("RECEIVED")).body("departmentName", is("葫芦岛市公安局"));
        assertFalse(tracked.asString().contains("李测试") || tracked.asString().contains("2100001990") || tracked.asString().contains("0429-1234567"));
        given().get("/api/v1/applications/track?number=" + number + "&code=AAAAAAAA").then().statusCode(404);

        // another department's office cannot open it; the asked one can, with the ID number masked, and the read is audited
        as("staff-market-regulation").get("/api/v1/admin/applications/" + id).then().statusCode(403);
        as("staff-market-regulation").get("/api/v1/admin/applications").then().statusCode(200).body("items.id", not(hasItem(id)));
        as("staff-public-security").get("/api/v1/admin/applications").then().statusCode(200).body("items.id", hasItem(id));
        Response opened = as("staff-public-security").get("/api/v1/admin/applications/" + id);
        opened.then().statusCode(200).body("applicantName", is("李测试")).body("idNumberMasked", is("2****************4"));
        as("admin").get("/api/v1/admin/audit?entityId=" + id).then().body("items.action", hasItem("application.view"));

        // correction: the clock stands, then starts again
        String etag = as("staff-public-security").header("If-Match", opened.header("ETag"))
                .body(Map.of("note", "请写明所需统计的窗口名称。", "deadline", java.time.LocalDate.now().plusDays(15).toString()))
                .post("/api/v1/admin/applications/" + id + "/correction-request").then().statusCode(200)
                .body("state", is("AWAITING_CORRECTION")).body("clock.replyDue", nullValue()).extract().header("ETag");
        as("staff-public-security").header("If-Match", etag).body(Map.of("note", "再补正一次", "deadline", java.time.LocalDate.now().plusDays(20).toString()))
                .post("/api/v1/admin/applications/" + id + "/correction-request").then().statusCode(409);
        etag = as("staff-public-security").header("If-Match", etag).body(Map.of("note", "申请人系本案当事人，注意核实。"))
                .post("/api/v1/admin/applications/" + id + "/notes").then().statusCode(200).extract().header("ETag");

        Response mine = as("applicant").get("/api/v1/me/applications/" + id);
        mine.then().statusCode(200).body("state", is("AWAITING_CORRECTION")).body("timeline.kind", hasItem("CORRECTION_REQUESTED"))
                .body("timeline.kind", not(hasItem("NOTE")));
        as("applicant").header("If-Match", mine.header("ETag")).body(Map.of("description", "2025年龙港区户籍窗口办理量统计"))
                .post("/api/v1/me/applications/" + id + "/correction").then().statusCode(200)
                .body("state", is("IN_PROGRESS")).body("clock.workingDaysLeft", is(20));

        // the reply: one outcome of table 三, with a sub-reason only where it has them
        etag = as("staff-public-security").get("/api/v1/admin/applications/" + id).then().extract().header("ETag");
        as("staff-public-security").header("If-Match", etag).body(Map.of("outcome", "NOT_DISCLOSED", "text", "x"))
                .post("/api/v1/admin/applications/" + id + "/reply").then().statusCode(400).body("errors[0].field", is("reason"));
        as("staff-public-security").header("If-Match", etag).body(Map.of("outcome", "PARTLY_DISCLOSED", "text", "经审查，部分信息予以公开，见附件。"))
                .post("/api/v1/admin/applications/" + id + "/reply").then().statusCode(200).body("state", is("REPLIED"));
        as("applicant").get("/api/v1/me/applications").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.outcome", is("PARTLY_DISCLOSED"))
                .body("find { it.id == '" + id + "' }.timeline.kind", hasItem("REPLIED"));
        // another applicant does not see it
        as("applicant-company").get("/api/v1/me/applications/" + id).then().statusCode(404);
    }

    @Test
    void aRetriedSubmissionNeverCreatesASecondCase() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = application("重复提交测试：2024年交通违法处理统计");
        String token = Tokens.of("applicant");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(pool.submit(() -> given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key)
                        .body(body).post("/api/v1/applications")));
            }
            var numbers = new HashSet<String>();
            for (Future<Response> call : calls) {
                Response r = call.get();
                assertEquals(201, r.statusCode(), r.asString());
                numbers.add(r.path("trackingNumber"));
            }
            assertEquals(1, numbers.size(), "one case for one key: " + numbers);
        } finally {
            pool.shutdownNow();
        }
        try (var c = db.getConnection(); var s = c.prepareStatement("SELECT count(*) FROM information_request WHERE description = ?")) {
            s.setString(1, "重复提交测试：2024年交通违法处理统计");
            try (var rs = s.executeQuery()) {
                rs.next();
                assertEquals(1, rs.getInt(1));
            }
        }
        // the same key for another application is refused
        submit(key, application("另一个申请")).then().statusCode(400).body("errors[0].field", is("Idempotency-Key"));
        as("applicant").body(application("无键")).post("/api/v1/applications").then().statusCode(400).body("errors[0].field", is("Idempotency-Key"));
    }

    @Test
    void theIdNumberIsStoredEncrypted() throws Exception {
        Response receipt = submit(UUID.randomUUID().toString(), application("加密存储测试"));
        try (var c = db.getConnection(); var s = c.prepareStatement("SELECT id_number_encrypted FROM information_request WHERE id = ?::uuid")) {
            s.setString(1, receipt.path("id"));
            try (var rs = s.executeQuery()) {
                rs.next();
                String stored = rs.getString(1);
                assertFalse(stored.contains("210000199001011234"), stored);
                org.junit.jupiter.api.Assertions.assertTrue(stored.startsWith("v1:"));
            }
        }
    }

    @Test
    void anApplicationNeedsAWayToReachTheApplicantAndAnOrganisationItsKind() {
        Map<String, Object> a = application("规则测试");
        a.remove("phone");
        a.remove("email");
        submit(UUID.randomUUID().toString(), a).then().statusCode(400).body("errors[0].field", is("phone"));
        Map<String, Object> org = application("规则测试");
        org.put("applicantType", "ORGANISATION");
        org.put("idType", "UNIFIED_CREDIT_CODE");
        submit(UUID.randomUUID().toString(), org).then().statusCode(400).body("errors[0].field", is("organisationKind"));
        given().contentType(ContentType.JSON).header("Idempotency-Key", "x").body(application("匿名")).post("/api/v1/applications").then().statusCode(401);
    }
}
