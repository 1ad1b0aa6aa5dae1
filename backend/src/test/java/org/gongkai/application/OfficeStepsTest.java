package org.gongkai.application;

import static org.gongkai.application.ApplicationFlowTest.application;
import static org.gongkai.application.ApplicationFlowTest.as;
import static org.gongkai.application.ApplicationFlowTest.submit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.gongkai.files.FileTypesTest;
import org.gongkai.support.KeycloakResource;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.response.Response;

/**
 * The office's steps with real tokens: consultation, the extension and its approval, fee notices,
 * transfer, registration of letters, replies pointing to published records with documents and a letter,
 * the mails each step sends, reminders once per deadline, and cases closed when the applicant's day passes.
 */
@QuarkusTest
@WithTestResource(KeycloakResource.class)
class OfficeStepsTest {

    static final String STAFF = "staff-public-security";

    @Inject
    DataSource db;

    @Inject
    MockMailbox mailbox;

    @Inject
    MailJob mailJob;

    @Inject
    CaseJobs jobs;

    private String newCase(String description) {
        Response receipt = submit(UUID.randomUUID().toString(), application(description));
        receipt.then().statusCode(201);
        return receipt.path("id");
    }

    private static String etag(String user, String id) {
        return as(user).get("/api/v1/admin/applications/" + id).then().statusCode(200).extract().header("ETag");
    }

    private static Response step(String user, String id, String path, Object body) {
        var spec = as(user).header("If-Match", etag(user, id));
        if (body != null) {
            spec = spec.body(body);
        }
        return spec.post("/api/v1/admin/applications/" + id + path);
    }

    @Test
    void aConsultationPausesTheClockAndItsDetailsStayWithTheOffice() {
        String id = newCase("征求意见测试：某建设项目环评报告");
        String due = as(STAFF).get("/api/v1/admin/applications/" + id).path("clock.replyDue");
        step(STAFF, id, "/consultation", Map.of("party", "THIRD_PARTY", "consulted", "某某建筑工程有限公司", "note", "涉及商业秘密"))
                .then().statusCode(200).body("state", is("IN_CONSULTATION"));
        // replying during a consultation is refused: the opinion comes first
        step(STAFF, id, "/reply", Map.of("outcome", "DISCLOSED", "text", "x")).then().statusCode(409);
        step(STAFF, id, "/consultation/opinion", Map.of("opinion", "同意公开")).then().statusCode(200)
                .body("state", is("IN_PROGRESS")).body("clock.replyDue", is(due)).body("timeline.kind", hasItem("CONSULTATION_ENDED"));
        Response mine = as("applicant").get("/api/v1/me/applications/" + id);
        mine.then().body("timeline.kind", hasItem("CONSULTATION_STARTED"));
        assertFalse(mine.asString().contains("某某建筑工程有限公司") || mine.asString().contains("同意公开"), mine.asString());
    }

    @Test
    void oneExtensionApprovedBySomeoneElse() {
        String id = newCase("延期测试：十年的档案");
        String due = as(STAFF).get("/api/v1/admin/applications/" + id).path("clock.replyDue");
        step(STAFF, id, "/extension", Map.of("workingDays", 21, "reason", "x")).then().statusCode(400).body("errors[0].field", is("workingDays"));
        step(STAFF, id, "/extension", Map.of("workingDays", 15, "reason", "档案分散在多个年度，需要调阅。")).then().statusCode(200)
                .body("extensionPending.workingDays", is(15)).body("clock.replyDue", is(due));
        // staff cannot approve; the admin can
        step(STAFF, id, "/extension/decision", Map.of("approve", true)).then().statusCode(403);
        Response approved = step("admin", id, "/extension/decision", Map.of("approve", true));
        approved.then().statusCode(200).body("extensionPending", nullValue()).body("clock.extendedWorkingDays", is(15));
        assertTrue(LocalDate.parse(approved.path("clock.replyDue")).isAfter(LocalDate.parse(due)));
        as("applicant").get("/api/v1/me/applications/" + id).then().body("timeline.kind", hasItem("EXTENDED"))
                .body("timeline.kind", not(hasItem("EXTENSION_REQUESTED")));
        // once only
        step(STAFF, id, "/extension", Map.of("workingDays", 5, "reason", "再延")).then().statusCode(409);

        // whoever asked cannot approve their own request
        String other = newCase("延期测试：自己批自己");
        step("admin", other, "/extension", Map.of("workingDays", 10, "reason", "需要时间")).then().statusCode(200);
        step("admin", other, "/extension/decision", Map.of("approve", true)).then().statusCode(403);
    }

    @Test
    void aFeeNoticeStopsTheClockUntilPaidAndFreeVolumesAreRefused() {
        String id = newCase("收费测试：大量复印件");
        String payBy = LocalDate.now().plusDays(10).toString();
        step(STAFF, id, "/fee-notice", Map.of("method", "BY_PAGES", "pages", 30, "payBy", payBy)).then().statusCode(422)
                .body("errors[0].field", is("method"));
        step(STAFF, id, "/fee-notice", Map.of("method", "BY_PAGES", "payBy", payBy)).then().statusCode(400).body("errors[0].field", is("pages"));
        step(STAFF, id, "/fee-notice", Map.of("method", "BY_PAGES", "pages", 120, "payBy", payBy)).then().statusCode(200)
                .body("state", is("AWAITING_FEE")).body("fee.amount", is(1100.0f));
        as("applicant").get("/api/v1/me/applications/" + id).then().body("fee.amount", is(1100.0f)).body("fee.payBy", is(payBy));
        step(STAFF, id, "/fee-paid", null).then().statusCode(200).body("state", is("IN_PROGRESS")).body("fee.payBy", nullValue());
    }

    @Test
    void byRequestsTheEleventhApplicationOfAMonthIsTheFirstToCost() {
        String idNumber = "2100002000" + String.format("%08d", (long) (Math.random() * 100_000_000L));
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 11; i++) {
            Map<String, Object> a = application("按件计收测试 " + i);
            a.put("idNumber", idNumber);
            ids.add(submit(UUID.randomUUID().toString(), a).then().statusCode(201).extract().path("id"));
        }
        String payBy = LocalDate.now().plusDays(10).toString();
        step(STAFF, ids.get(0), "/fee-notice", Map.of("method", "BY_REQUESTS", "payBy", payBy)).then().statusCode(422)
                .body("errors[0].field", is("method"));
        step(STAFF, ids.get(10), "/fee-notice", Map.of("method", "BY_REQUESTS", "payBy", payBy)).then().statusCode(200).body("fee.amount", is(100.0f));
    }

    @Test
    void onlyTheCityOfficeTransfersAndTheNewDepartmentTakesOver() {
        String id = newCase("转办测试：市场主体登记信息");
        step(STAFF, id, "/transfer", Map.of("departmentCode", "market-regulation", "reason", "由市场监管局掌握")).then().statusCode(403);
        step("admin", id, "/transfer", Map.of("departmentCode", "nowhere", "reason", "x")).then().statusCode(400).body("errors[0].field", is("departmentCode"));
        step("admin", id, "/transfer", Map.of("departmentCode", "market-regulation", "reason", "由市场监管局掌握")).then().statusCode(200)
                .body("departmentCode", is("market-regulation")).body("handler", nullValue());
        as(STAFF).get("/api/v1/admin/applications/" + id).then().statusCode(403);
        as("staff-market-regulation").get("/api/v1/admin/applications/" + id).then().statusCode(200);
        as("applicant").get("/api/v1/me/applications/" + id).then().body("timeline.kind", hasItem("TRANSFERRED"));
    }

    @Test
    void theOfficeRegistersALetterForItsOwnDepartmentOnly() {
        Map<String, Object> letter = Map.of("application", application("来信申请：户籍档案"), "channel", "LETTER",
                "receivedOn", LocalDate.now().minusDays(2).toString());
        as("staff-market-regulation").header("Idempotency-Key", UUID.randomUUID().toString()).body(letter)
                .post("/api/v1/admin/applications").then().statusCode(403);
        as(STAFF).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("application", application("x"), "channel", "ONLINE", "receivedOn", LocalDate.now().toString()))
                .post("/api/v1/admin/applications").then().statusCode(400).body("errors[0].field", is("channel"));
        String key = UUID.randomUUID().toString();
        Response receipt = as(STAFF).header("Idempotency-Key", key).body(letter).post("/api/v1/admin/applications");
        receipt.then().statusCode(201).body("receivedOn", is(LocalDate.now().minusDays(2).toString()));
        as(STAFF).header("Idempotency-Key", key).body(letter).post("/api/v1/admin/applications").then().statusCode(201)
                .body("trackingNumber", is((String) receipt.path("trackingNumber")));
        as(STAFF).get("/api/v1/admin/applications/" + receipt.path("id")).then().body("channel", is("LETTER"));
    }

    @Test
    void aReplyPointsToPublishedRecordsCarriesDocumentsAndALetter() throws Exception {
        String index = publishedIndexNumber();
        String id = newCase("答复测试：本局2017年的规范性文件 <script>alert(1)</script>");
        // a document, checked by content like every upload
        as(STAFF).header("If-Match", etag(STAFF, id)).contentType("application/octet-stream").body(FileTypesTest.EXE)
                .post("/api/v1/admin/applications/" + id + "/attachments?fileName=a.pdf").then().statusCode(415);
        as(STAFF).header("If-Match", etag(STAFF, id)).contentType("application/octet-stream").body(FileTypesTest.PDF)
                .post("/api/v1/admin/applications/" + id + "/attachments?fileName=答复材料.pdf").then().statusCode(201)
                .body("documents[0].fileName", is("答复材料.pdf"));
        // not for the applicant before the reply
        as("applicant").get("/api/v1/me/applications/" + id).then().body("documents", org.hamcrest.Matchers.empty());
        as("applicant").get("/api/v1/me/applications/" + id + "/attachments/1").then().statusCode(404);
        as("applicant").get("/api/v1/me/applications/" + id + "/reply-letter").then().statusCode(404);

        step(STAFF, id, "/reply", Map.of("outcome", "DISCLOSED", "text", "x", "indexNumbers", List.of("nowhere/2017-99999"))).then()
                .statusCode(400).body("errors[0].field", is("indexNumbers"));
        step(STAFF, id, "/reply", Map.of("outcome", "NOT_DISCLOSED", "reason", "STATE_SECRET", "text", "x", "indexNumbers", List.of(index)))
                .then().statusCode(400).body("errors[0].field", is("indexNumbers"));
        step(STAFF, id, "/reply", Map.of("outcome", "DISCLOSED", "text", "您申请的信息已主动公开。\n请按索引号查阅。", "indexNumbers", List.of(index)))
                .then().statusCode(200).body("indexNumbers", hasItem(index));

        as("applicant").get("/api/v1/me/applications/" + id).then().body("indexNumbers", hasItem(index)).body("documents[0].position", is(1));
        byte[] file = as("applicant").get("/api/v1/me/applications/" + id + "/attachments/1").then().statusCode(200)
                .header("Content-Disposition", containsString("filename*=UTF-8''")).extract().asByteArray();
        assertEquals(FileTypesTest.PDF.length, file.length);
        as("applicant-company").get("/api/v1/me/applications/" + id + "/attachments/1").then().statusCode(404);

        String letter = as("applicant").get("/api/v1/me/applications/" + id + "/reply-letter").then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        assertTrue(letter.contains("予以公开") && letter.contains("第三十六条第（一）项") && letter.contains(index), letter);
        assertFalse(letter.contains("<script>alert(1)</script>"), "the applicant's words are escaped");
        assertTrue(letter.contains("六十日内"), "the letter names the remedies");
        as("staff-market-regulation").get("/api/v1/admin/applications/" + id + "/reply-letter").then().statusCode(403);
        as(STAFF).get("/api/v1/admin/applications/" + id + "/reply-letter").then().statusCode(200);
    }

    @Test
    void eachStepMailsTheApplicantAndRemindersAreQueuedOncePerDeadline() throws Throwable {
        mailbox.clear();
        String id = newCase("邮件测试：通知");
        step(STAFF, id, "/correction-request", Map.of("note", "请写明年份。", "deadline", LocalDate.now().plusDays(10).toString())).then().statusCode(200);
        VertxContextSupport.subscribeAndAwait(() -> mailJob.sendQueued());
        var mails = mailbox.getMailsSentTo("li@example.com");
        assertTrue(mails.stream().anyMatch(m -> m.getSubject().startsWith("已收到您的政府信息公开申请")), "receipt mail");
        assertTrue(mails.stream().anyMatch(m -> m.getSubject().startsWith("请补正")), "correction mail");
        assertTrue(mails.stream().noneMatch(m -> m.getText().contains("210000199001011234") || m.getText().contains("李测试")),
                "mails carry no identity");

        // due in 3 working days: one reminder, however often the job runs
        sql("UPDATE information_request SET state = 'IN_PROGRESS', correction_due = NULL, reply_due = CURRENT_DATE + 3 WHERE id = ?::uuid", id);
        VertxContextSupport.subscribeAndAwait(() -> jobs.remind());
        VertxContextSupport.subscribeAndAwait(() -> jobs.remind());
        assertEquals(1, count("SELECT count(*) FROM outbound_mail WHERE request_id = ?::uuid AND kind = 'DUE_SOON'", id));
    }

    @Test
    void aCorrectionNotSentByItsDayClosesTheCase() throws Throwable {
        String id = newCase("逾期不补正测试");
        step(STAFF, id, "/correction-request", Map.of("note", "请补充。", "deadline", LocalDate.now().plusDays(5).toString())).then().statusCode(200);
        sql("UPDATE information_request SET correction_due = CURRENT_DATE - 1 WHERE id = ?::uuid", id);
        VertxContextSupport.subscribeAndAwait(() -> jobs.closeLapsed());
        as("applicant").get("/api/v1/me/applications/" + id).then().body("state", is("CLOSED")).body("outcome", is("OTHER"))
                .body("outcomeReason", is("NOT_CORRECTED")).body("repliedOn", notNullValue()).body("timeline.kind", hasItem("CLOSED"));
    }

    @Test
    void statisticsCountTheYearWithoutPersonalData() {
        int year = LocalDate.now().getYear();
        Response stats = io.restassured.RestAssured.given().get("/api/v1/applications/statistics?year=" + year + "&department=public-security");
        stats.then().statusCode(200).body("year", is(year)).body("received", org.hamcrest.Matchers.greaterThan(0))
                .body("outcomes.outcome", hasItem("PARTLY_DISCLOSED"));
        assertFalse(stats.asString().contains("李测试") || stats.asString().contains("li@example.com"));
        // a public read like the others: its ETag, and 304 for a client that has it
        io.restassured.RestAssured.given().header("If-None-Match", stats.header("ETag"))
                .get("/api/v1/applications/statistics?year=" + year + "&department=public-security").then().statusCode(304);
        io.restassured.RestAssured.given().get("/api/v1/applications/statistics?year=1900").then().statusCode(400).body("errors[0].field", is("year"));
        io.restassured.RestAssured.given().get("/api/v1/applications/statistics?department=nowhere").then().statusCode(400)
                .body("errors[0].field", is("department"));
    }

    @Test
    void theInboxCountsAndBuckets() {
        String id = newCase("收件箱测试");
        sql("UPDATE information_request SET reply_due = CURRENT_DATE - 1 WHERE id = ?::uuid", id);
        as(STAFF).get("/api/v1/admin/applications/counts").then().statusCode(200).body("overdue", org.hamcrest.Matchers.greaterThan(0));
        as(STAFF).get("/api/v1/admin/applications?bucket=OVERDUE").then().statusCode(200).body("items.id", hasItem(id));
        as(STAFF).get("/api/v1/admin/applications?bucket=DUE_SOON").then().statusCode(200).body("items.id", not(hasItem(id)));
        as(STAFF).get("/api/v1/admin/applications?bucket=SOON").then().statusCode(400).body("errors[0].field", is("bucket"));
    }

    private String publishedIndexNumber() throws Exception {
        try (var c = db.getConnection(); var s = c.prepareStatement(
                "SELECT index_number FROM disclosure_record WHERE status = 'PUBLISHED' AND disclosure_mode = 'PROACTIVE' ORDER BY index_number LIMIT 1");
                var rs = s.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    private void sql(String statement, String id) {
        try (var c = db.getConnection(); var s = c.prepareStatement(statement)) {
            s.setString(1, id);
            s.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String query, String id) {
        try (var c = db.getConnection(); var s = c.prepareStatement(query)) {
            s.setString(1, id);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
