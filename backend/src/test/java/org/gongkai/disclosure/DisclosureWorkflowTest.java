package org.gongkai.disclosure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.gongkai.support.KeycloakResource;
import org.gongkai.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The disclosure workflow end to end, with real tokens: staff write, a reviewer clears, the public reads. */
@QuarkusTest
@WithTestResource(KeycloakResource.class)
class DisclosureWorkflowTest {

    static final String ADMIN = "/api/v1/admin/disclosures";
    static final String REVIEW = "/api/v1/review/disclosures";
    static final String PUBLIC = "/api/v1/disclosures";
    static final String DEPARTMENT = "public-security";

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON);
    }

    static Map<String, Object> policy(String title) {
        return Map.of("departmentCode", DEPARTMENT, "kind", "NORMATIVE_DOCUMENT", "content", Map.of(
                "title", title, "documentNumber", "葫公发〔2026〕7号", "writtenOn", "2026-03-02", "subItems", List.of("power-list"),
                "disclosureMode", "PROACTIVE", "category", "DECISION", "validity", "VALID",
                "body", "<p onclick=\"x()\">正文<script>alert(1)</script></p>"));
    }

    /** Creates, submits and has the reviewer approve a record; returns its id. */
    static String published(Map<String, Object> create) {
        Response created = as("staff-public-security").body(create).post(ADMIN);
        created.then().statusCode(201);
        String id = created.path("id");
        String etag = as("staff-public-security").body(Map.of("note", "首次发布")).header("If-Match", created.header("ETag"))
                .post(ADMIN + "/" + id + "/submit").then().statusCode(200).extract().header("ETag");
        as("reviewer").header("If-Match", etag).post(REVIEW + "/" + id + "/approve").then().statusCode(200);
        return id;
    }

    @Test
    void aRecordIsPublicOnlyOnceTheReviewerHasClearedIt() {
        Response created = as("staff-public-security").body(policy("关于规范户籍窗口服务的通知")).post(ADMIN);
        created.then().statusCode(201)
                .body("indexNumber", matchesPattern(".+/\\d{4}-\\d{5}"))
                .body("status", is("UNPUBLISHED")).body("draftState", is("EDITING"))
                .body("deadline.due", notNullValue())
                .body("draft.body", is("<p>正文</p>"));
        String id = created.path("id");
        given().get(PUBLIC + "/" + id).then().statusCode(404).contentType("application/problem+json");

        // another department may not touch it
        as("staff-market-regulation").body(Map.of("note", "x")).header("If-Match", created.header("ETag"))
                .post(ADMIN + "/" + id + "/submit").then().statusCode(403);

        Response submitted = as("staff-public-security").body(Map.of("note", "首次发布")).header("If-Match", created.header("ETag"))
                .post(ADMIN + "/" + id + "/submit");
        submitted.then().statusCode(200).body("draftState", is("IN_REVIEW"));
        given().get(PUBLIC + "/" + id).then().statusCode(404);
        as("reviewer").get(REVIEW).then().statusCode(200).body("items.id", hasItem(id));
        as("reviewer").get(ADMIN + "/" + id).then().statusCode(200).body("draftState", is("IN_REVIEW"));

        // staff cannot clear their own records, the reviewer can
        as("staff-public-security").header("If-Match", submitted.header("ETag")).post(REVIEW + "/" + id + "/approve").then().statusCode(403);
        as("reviewer").header("If-Match", submitted.header("ETag")).post(REVIEW + "/" + id + "/approve").then().statusCode(200)
                .body("status", is("PUBLISHED")).body("currentVersion", is(1));

        given().get(PUBLIC + "/" + id).then().statusCode(200)
                .body("title", is("关于规范户籍窗口服务的通知")).body("department.code", is(DEPARTMENT))
                .body("domains", hasItem("powers-responsibilities")).body("body", is("<p>正文</p>"));
        given().get(PUBLIC + "?department=" + DEPARTMENT).then().statusCode(200).body("items.id", hasItem(id));
        given().get(PUBLIC + "?domain=powers-responsibilities&kind=NORMATIVE_DOCUMENT").then().body("items.id", hasItem(id));
        given().get(PUBLIC + "?q=户籍窗口").then().statusCode(200).body("items[0].id", is(id));
        given().get(PUBLIC + "?q=戶籍窗口").then().body("items.id", hasItem(id));
        given().get(PUBLIC + "/" + id + "/versions").then().statusCode(200).body("[0].changeNote", is("首次发布"));
        // staff find their records by kind
        as("staff-public-security").get(ADMIN + "?kind=NORMATIVE_DOCUMENT&size=100").then().statusCode(200)
                .body("items.id", hasItem(id)).body("items.kind", everyItem(is("NORMATIVE_DOCUMENT")));
        as("staff-public-security").get(ADMIN + "?kind=BUDGET&size=100").then().statusCode(200).body("items.id", not(hasItem(id)));
    }

    @Test
    void theReviewerReturnsADraftWithANoteAndTheDepartmentSubmitsAgain() {
        Response created = as("staff-public-security").body(policy("关于调整出入境证件办理时间的公告")).post(ADMIN);
        String id = created.path("id");
        String etag = as("staff-public-security").body(Map.of("note", "首次发布")).header("If-Match", created.header("ETag"))
                .post(ADMIN + "/" + id + "/submit").then().statusCode(200).extract().header("ETag");
        etag = as("reviewer").body(Map.of("note", "第三段含个人信息，请删除")).header("If-Match", etag).post(REVIEW + "/" + id + "/return")
                .then().statusCode(200).body("draftState", is("EDITING")).body("reviewNote", is("第三段含个人信息，请删除"))
                .extract().header("ETag");
        as("staff-public-security").body(Map.of("note", "x")).header("If-Match", "\"0\"").post(ADMIN + "/" + id + "/submit")
                .then().statusCode(412).header("ETag", is(etag));
    }

    @Test
    void incompleteRecordsAreRefusedOnSubmissionWithEveryField() {
        Map<String, Object> budget = Map.of("departmentCode", DEPARTMENT, "kind", "BUDGET", "content", Map.of(
                "title", "葫芦岛市公安局2026年部门预算", "writtenOn", "2026-02-01", "subItems", List.of("department-budgets"),
                "disclosureMode", "PROACTIVE", "category", "RESULT", "validity", "VALID",
                "budget", Map.of("year", 2026, "overview", "主要职责", "tables", List.of())));
        Response created = as("staff-public-security").body(budget).post(ADMIN);
        created.then().statusCode(201);
        as("staff-public-security").body(Map.of("note", "首次发布")).header("If-Match", created.header("ETag"))
                .post(ADMIN + "/" + created.path("id") + "/submit").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("budget.tables")).body("errors.field", hasItem("budget.explanation"))
                .body("errors.field", hasItem("budget.glossary"));
    }

    @Test
    void interpretationsLinkBothWaysAndTheCoverageReportFollows() {
        String policyId = published(policy("关于加强校园周边治安管理的意见"));
        as("staff-public-security").get(ADMIN + "/interpretation-coverage").then().statusCode(200)
                .body("find { it.departmentCode == 'public-security' }.missing.id", hasItem(policyId));

        String interpretationId = published(Map.of("departmentCode", DEPARTMENT, "kind", "INTERPRETATION", "content", Map.of(
                "title", "《关于加强校园周边治安管理的意见》解读", "writtenOn", "2026-03-05", "subItems", List.of("power-list"),
                "disclosureMode", "PROACTIVE", "category", "DECISION", "validity", "VALID", "body", "<p>一、背景</p>",
                "interprets", policyId, "interpretationForm", "TEXT")));
        given().get(PUBLIC + "/" + policyId).then().body("interpretations.id", hasItem(interpretationId));
        given().get(PUBLIC + "/" + interpretationId).then().body("interprets.id", is(policyId));
        as("staff-public-security").get(ADMIN + "/interpretation-coverage").then()
                .body("find { it.departmentCode == 'public-security' }.missing.id", not(hasItem(policyId)));
    }

    @Test
    void aWithdrawnRecordLeavesThePublicCatalogueAtOnce() {
        String id = published(policy("关于临时交通管制的通告"));
        given().get(PUBLIC + "/" + id).then().statusCode(200);
        String etag = as("staff-public-security").get(ADMIN + "/" + id).then().extract().header("ETag");
        as("staff-public-security").body(Map.of("note", "管制已结束")).header("If-Match", etag).post(ADMIN + "/" + id + "/withdraw")
                .then().statusCode(200).body("status", is("WITHDRAWN"));
        given().get(PUBLIC + "/" + id).then().statusCode(404);
        given().get(PUBLIC + "?department=" + DEPARTMENT + "&size=100").then().body("items.id", not(hasItem(id)));
    }

    @Test
    void theFeedsAndTheSitemapCarryPublishedProactiveRecordsOnly() throws Exception {
        String id = published(policy("关于开展夏季治安整治行动的通告"));
        String draft = as("staff-public-security").body(policy("尚未发布的通告")).post(ADMIN).then().statusCode(201).extract().path("id");
        Response feed = given().get("/api/v1/feeds/key-domains/powers-responsibilities.atom");
        feed.then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("application/atom+xml"));
        List<String> links = org.gongkai.feed.AtomDocuments.validEntryLinks(feed.asString());
        org.hamcrest.MatcherAssert.assertThat(links, hasItem(org.hamcrest.Matchers.endsWith("/disclosure/records/" + id)));
        org.hamcrest.MatcherAssert.assertThat(links, not(hasItem(org.hamcrest.Matchers.endsWith("/disclosure/records/" + draft))));
        given().header("If-None-Match", feed.header("ETag")).get("/api/v1/feeds/key-domains/powers-responsibilities.atom").then().statusCode(304);
        List<String> departmentLinks = org.gongkai.feed.AtomDocuments.validEntryLinks(
                given().get("/api/v1/feeds/departments/" + DEPARTMENT + ".atom").then().statusCode(200).extract().asString());
        org.hamcrest.MatcherAssert.assertThat(departmentLinks, hasItem(org.hamcrest.Matchers.endsWith("/disclosure/records/" + id)));
        given().get("/api/v1/feeds/key-domains/no-such-domain.atom").then().statusCode(404).contentType("application/problem+json");

        given().get("/sitemap.xml").then().statusCode(200).body(org.hamcrest.Matchers.containsString("/sitemaps/disclosures-1.xml"));
        String records = given().get("/sitemaps/disclosures-1.xml").then().statusCode(200).extract().asString();
        org.hamcrest.MatcherAssert.assertThat(records, org.hamcrest.Matchers.containsString("/disclosure/records/" + id + "</loc>"));
        org.hamcrest.MatcherAssert.assertThat(records, not(org.hamcrest.Matchers.containsString(draft)));
        given().get("/sitemaps/services.xml").then().statusCode(200).body(org.hamcrest.Matchers.containsString("/services/"));
        given().get("/sitemaps/pages.xml").then().statusCode(200).body(org.hamcrest.Matchers.containsString("/disclosure/key-domains/work-safety"));
    }

    @Test
    void onRequestRecordsAreNeverPublic() {
        Map<String, Object> create = new java.util.HashMap<>(policy("内部工作方案"));
        @SuppressWarnings("unchecked")
        Map<String, Object> content = new java.util.HashMap<>((Map<String, Object>) create.get("content"));
        content.put("disclosureMode", "ON_REQUEST");
        create.put("content", content);
        String id = published(create);
        given().get(PUBLIC + "/" + id).then().statusCode(404);
        given().get(PUBLIC + "?size=100&q=内部工作方案").then().body("items.id", not(hasItem(id)));
    }

    @Test
    void indexNumbersAreUniqueUnderConcurrentCreation() throws Exception {
        String token = Tokens.of("staff-public-security");
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 36; i++) {
                int n = i;
                calls.add(pool.submit(() -> given().auth().oauth2(token).contentType(ContentType.JSON)
                        .body(policy("并发创建测试 " + n)).post(ADMIN)));
            }
            var numbers = new HashSet<String>();
            for (Future<Response> call : calls) {
                Response r = call.get();
                assertEquals(201, r.statusCode(), r.asString());
                numbers.add(r.path("indexNumber"));
            }
            assertEquals(36, numbers.size(), "every record its own 索引号: " + numbers);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void filesAreCheckedByContentAndDownloadedOnceTheirVersionIsPublic() {
        Response created = as("staff-public-security").body(policy("关于印发户籍业务办理指南的通知")).post(ADMIN);
        String id = created.path("id");
        // an executable renamed .pdf is refused, and nothing is added
        Response refused = given().auth().oauth2(Tokens.of("staff-public-security")).contentType("application/octet-stream")
                .header("If-Match", created.header("ETag")).body(org.gongkai.files.FileTypesTest.EXE)
                .queryParam("fileName", "指南.pdf").post(ADMIN + "/" + id + "/attachments");
        refused.then().statusCode(415).contentType("application/problem+json").body("errors[0].field", is("file"));
        Response uploaded = given().auth().oauth2(Tokens.of("staff-public-security")).contentType("application/octet-stream")
                .header("If-Match", created.header("ETag")).body(org.gongkai.files.FileTypesTest.PDF)
                .queryParam("fileName", "户籍业务办理指南.pdf").post(ADMIN + "/" + id + "/attachments");
        uploaded.then().statusCode(201).body("draft.attachments[0].mediaType", is("application/pdf"))
                .body("draft.attachments[0].fileName", is("户籍业务办理指南.pdf"));
        String fileId = uploaded.path("draft.attachments[0].id");
        as("staff-public-security").get(ADMIN + "/" + id + "/attachments/" + fileId).then().statusCode(200).contentType("application/pdf");
        as("staff-market-regulation").get(ADMIN + "/" + id + "/attachments/" + fileId).then().statusCode(403);
        given().get(PUBLIC + "/" + id + "/attachments/" + fileId).then().statusCode(404);

        String etag = as("staff-public-security").body(Map.of("note", "首次发布")).header("If-Match", uploaded.header("ETag"))
                .post(ADMIN + "/" + id + "/submit").then().statusCode(200).extract().header("ETag");
        as("reviewer").header("If-Match", etag).post(REVIEW + "/" + id + "/approve").then().statusCode(200);
        given().get(PUBLIC + "/" + id).then().body("attachments[0].id", is(fileId));
        Response download = given().get(PUBLIC + "/" + id + "/attachments/" + fileId);
        download.then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("filename*=UTF-8''%E6%88%B7%E7%B1%8D"));
        assertEquals(org.gongkai.files.FileTypesTest.PDF.length, download.asByteArray().length);
        given().header("If-None-Match", download.header("ETag")).get(PUBLIC + "/" + id + "/attachments/" + fileId).then().statusCode(304);
    }

    @Test
    void aDraftCannotReferToAFileOfAnotherRecord() {
        Response created = as("staff-public-security").body(policy("附件引用测试")).post(ADMIN);
        Map<String, Object> content = new java.util.HashMap<>();
        content.put("title", "附件引用测试");
        content.put("attachments", List.of(Map.of("id", java.util.UUID.randomUUID().toString())));
        as("staff-public-security").header("If-Match", created.header("ETag")).body(content).put(ADMIN + "/" + created.path("id") + "/draft")
                .then().statusCode(400).body("errors[0].field", is("attachments[0].id"));
    }

    @Test
    void theArt26PanelListsUnpublishedChangesWithTheirDeadline() {
        Response created = as("staff-public-security").body(policy("关于……的说明（待发布）")).post(ADMIN);
        String id = created.path("id");
        as("staff-public-security").get(ADMIN + "/due").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.deadline.workingDaysLeft", is(20))
                .body("departmentCode", everyItem(is(DEPARTMENT)));
        as("staff-market-regulation").get(ADMIN + "/due").then().statusCode(200).body("id", not(hasItem(id)));
    }
}
