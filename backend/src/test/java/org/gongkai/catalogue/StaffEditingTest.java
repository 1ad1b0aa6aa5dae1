package org.gongkai.catalogue;

import static io.restassured.RestAssured.given;
import static org.gongkai.catalogue.CatalogueFixtures.guideOf;
import static org.gongkai.catalogue.CatalogueFixtures.itemOf;
import static org.gongkai.catalogue.CatalogueFixtures.section;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Department staff draft, validate and publish their items; the public sees each publication as a version. */
@QuarkusTest
class StaffEditingTest {

    static final String ADMIN = "/api/v1/admin/services";
    static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 100_000_000L);

    static String uniqueCode() {
        return String.format("%028d", SEQUENCE.incrementAndGet());
    }

    @Test
    @TestSecurity(user = "staff-ps", roles = "staff")
    @OidcSecurity(claims = @Claim(key = "department", value = "public-security"))
    void staffCreateADraftThatStaysInvisibleUntilPublishedThenPublishIt() {
        Map<String, Object> guide = guideOf(itemOf("public-security", 0));
        guide.put("name", "测试事项（新建）");
        Response created = given().contentType(ContentType.JSON)
                .body(Map.of("departmentCode", "public-security", "basicCode", "TEST00000001", "implementationCode", uniqueCode(), "guide", guide))
                .post(ADMIN);
        created.then().statusCode(201).header("Location", containsString("/api/v1/admin/services/"))
                .body("status", is("DRAFT")).body("version", nullValue()).body("draft.name", is("测试事项（新建）"));
        String id = created.path("id");
        given().get("/api/v1/services/" + id).then().statusCode(404);

        given().post(ADMIN + "/" + id + "/validation").then().statusCode(200).body("valid", is(true));
        Response published = given().contentType(ContentType.JSON).header("If-Match", created.header("ETag"))
                .body(Map.of("changeNote", "首次发布")).post(ADMIN + "/" + id + "/publication");
        published.then().statusCode(200).body("status", is("ACTIVE")).body("version", is(1)).body("draft", nullValue());
        given().get("/api/v1/services/" + id).then().statusCode(200).body("guide.name", is("测试事项（新建）")).body("demo", is(false));
        given().get("/api/v1/services?q=测试事项").then().body("items.id", hasItem(id));
        given().get("/api/v1/admin/audit?entityId=" + id).then().statusCode(200)
                .body("items.action", hasItem("service.publish")).body("items.actor", everyItem(is("staff-ps")));
    }

    @Test
    @TestSecurity(user = "staff-ps", roles = "staff")
    @OidcSecurity(claims = @Claim(key = "department", value = "public-security"))
    void publishingAChangeAddsAVersionAndSupersedesThePreviousOne() {
        String id = itemOf("public-security", 1);
        Response item = given().get(ADMIN + "/" + id);
        int before = item.path("version");
        Map<String, Object> guide = guideOf(id);
        section(guide, "handling").put("location", "葫芦岛市政务服务中心二楼（测试修改）");
        Response saved = given().contentType(ContentType.JSON).header("If-Match", item.header("ETag")).body(guide).put(ADMIN + "/" + id + "/draft");
        saved.then().statusCode(200).body("draft.handling.location", containsString("测试修改"));
        // the public still sees the published guide while the draft is being prepared
        given().get("/api/v1/services/" + id).then().body("guide.handling.location", is(section(guideOf(id), "handling").get("location")));

        given().contentType(ContentType.JSON).header("If-Match", saved.header("ETag")).body(Map.of("changeNote", "办理地点调整"))
                .post(ADMIN + "/" + id + "/publication").then().statusCode(200).body("version", is(before + 1));
        given().get("/api/v1/services/" + id).then().body("guide.handling.location", containsString("测试修改")).body("version", is(before + 1));
        given().get("/api/v1/services/" + id + "/versions").then().statusCode(200)
                .body("[0].version", is(before + 1)).body("[0].changeNote", is("办理地点调整"))
                .body("[0].changedSections", is(List.of("handling"))).body("[1].state", is("SUPERSEDED"));
        given().get(ADMIN + "/" + id + "/versions").then().statusCode(200).body("[0].publishedBy", is("staff-ps"));
        // search reads the new version too
        given().get("/api/v1/services?q=測試修改").then().body("items.id", hasItem(id));
    }

    @Test
    @TestSecurity(user = "staff-ps", roles = "staff")
    @OidcSecurity(claims = @Claim(key = "department", value = "public-security"))
    void theDataQualityRulesBlockPublicationWithPerFieldMessages() {
        String id = itemOf("public-security", 2);
        Response item = given().get(ADMIN + "/" + id);
        Map<String, Object> guide = guideOf(id);
        section(guide, "online").put("depth", "IV");
        section(guide, "handling").put("visits", 2);
        section(guide, "fees").put("charged", true);
        section(guide, "fees").put("basis", null);
        section(guide, "fees").put("items", List.of());
        Response saved = given().contentType(ContentType.JSON).header("If-Match", item.header("ETag")).body(guide).put(ADMIN + "/" + id + "/draft");
        saved.then().statusCode(200);
        given().post(ADMIN + "/" + id + "/validation").then().statusCode(200).body("valid", is(false))
                .body("errors.field", hasItem("handling.visits")).body("errors.code", hasItem("fully-online-needs-no-visit"))
                .body("errors.field", hasItem("fees.basis")).body("errors.field", hasItem("fees.items"));
        given().contentType(ContentType.JSON).header("If-Match", saved.header("ETag")).body(Map.of("changeNote", "不应发布"))
                .post(ADMIN + "/" + id + "/publication").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("handling.visits"));
        // nothing was published: the public guide is unchanged, and the draft is kept for fixing
        given().get("/api/v1/services/" + id).then().body("version", is((Integer) item.path("version")));
        given().get(ADMIN + "/" + id).then().body("draft.handling.visits", is(2));
        given().header("If-Match", given().get(ADMIN + "/" + id).header("ETag")).delete(ADMIN + "/" + id + "/draft")
                .then().statusCode(200).body("draft", nullValue());
    }

    @Test
    @TestSecurity(user = "staff-ps", roles = "staff")
    @OidcSecurity(claims = @Claim(key = "department", value = "public-security"))
    void concurrentEditsNeverLoseAnUpdate() {
        String id = itemOf("public-security", 3);
        Response item = given().get(ADMIN + "/" + id);
        String etag = item.header("ETag");
        Map<String, Object> guide = guideOf(id);
        given().contentType(ContentType.JSON).body(guide).put(ADMIN + "/" + id + "/draft").then().statusCode(428)
                .contentType("application/problem+json");
        Response first = given().contentType(ContentType.JSON).header("If-Match", etag).body(guide).put(ADMIN + "/" + id + "/draft");
        first.then().statusCode(200);
        assertNotEquals(etag, first.header("ETag"));
        // a second editor who loaded the same version is refused and told the current one
        section(guide, "handling").put("hours", "覆盖别人的修改");
        given().contentType(ContentType.JSON).header("If-Match", etag).body(guide).put(ADMIN + "/" + id + "/draft").then().statusCode(412)
                .contentType("application/problem+json").header("ETag", is(first.header("ETag")));
        given().contentType(ContentType.JSON).header("If-Match", "\"garbage\"").body(Map.of("changeNote", "x"))
                .post(ADMIN + "/" + id + "/publication").then().statusCode(412);
        given().get(ADMIN + "/" + id).then().body("draft.handling.hours", is(section(guideOf(id), "handling").get("hours")));
    }

    @Test
    @TestSecurity(user = "staff-ps", roles = "staff")
    @OidcSecurity(claims = @Claim(key = "department", value = "public-security"))
    void aSuspensionScheduledForTodayTakesEffectAsANewVersion() {
        String id = itemOf("public-security", 4);
        Response item = given().get(ADMIN + "/" + id);
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        given().contentType(ContentType.JSON).header("If-Match", item.header("ETag"))
                .body(Map.of("status", "SUSPENDED", "effectiveOn", "2020-01-01", "note", "过去")).put(ADMIN + "/" + id + "/schedule")
                .then().statusCode(400).body("errors[0].field", is("effectiveOn"));
        given().contentType(ContentType.JSON).header("If-Match", item.header("ETag"))
                .body(Map.of("status", "SUSPENDED", "effectiveOn", today, "note", "系统升级，暂停办理")).put(ADMIN + "/" + id + "/schedule")
                .then().statusCode(200).body("status", is("SUSPENDED")).body("scheduledChange", nullValue());
        given().get("/api/v1/services/" + id).then().body("status", is("SUSPENDED"));
        given().get("/api/v1/services/" + id + "/versions").then().body("[0].status", is("SUSPENDED"))
                .body("[0].changeNote", is("系统升级，暂停办理"));
        given().get("/api/v1/services?status=SUSPENDED&department=public-security").then().body("items.id", hasItem(id));

        Response later = given().get(ADMIN + "/" + id);
        given().contentType(ContentType.JSON).header("If-Match", later.header("ETag"))
                .body(Map.of("status", "ACTIVE", "effectiveOn", "2099-01-01", "note", "恢复办理")).put(ADMIN + "/" + id + "/schedule")
                .then().statusCode(200).body("status", is("SUSPENDED")).body("scheduledChange.status", is("ACTIVE"));
        given().get("/api/v1/services/" + id).then().body("scheduledChange.effectiveOn", is("2099-01-01"));
    }

    @Test
    @TestSecurity(user = "staff-ps", roles = "staff")
    @OidcSecurity(claims = @Claim(key = "department", value = "public-security"))
    void staffListTheirOwnDepartmentIncludingDrafts() {
        given().get(ADMIN + "?size=100").then().statusCode(200).body("items.department.code", everyItem(is("public-security")));
        given().get(ADMIN + "?department=public-security&status=ACTIVE").then().statusCode(200);
        given().get(ADMIN + "?department=market-regulation").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "staff-mr", roles = "staff")
    @OidcSecurity(claims = @Claim(key = "department", value = "market-regulation"))
    void staffOfAnotherDepartmentCannotTouchTheItem() {
        String id = itemOf("public-security", 5);
        Map<String, Object> guide = guideOf(id);
        given().get(ADMIN + "/" + id).then().statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(guide).put(ADMIN + "/" + id + "/draft").then().statusCode(403);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("changeNote", "越权"))
                .post(ADMIN + "/" + id + "/publication").then().statusCode(403);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("status", "CANCELLED", "effectiveOn", "2099-01-01", "note", "越权")).put(ADMIN + "/" + id + "/schedule")
                .then().statusCode(403);
        given().header("If-Match", "\"0\"").delete(ADMIN + "/" + id + "/draft").then().statusCode(403);
        given().contentType(ContentType.JSON)
                .body(Map.of("departmentCode", "public-security", "basicCode", "TEST00000002", "implementationCode", uniqueCode(), "guide", guide))
                .post(ADMIN).then().statusCode(403);
        given().get("/api/v1/admin/audit?department=public-security").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "city-admin", roles = "admin")
    void adminsActOnEveryDepartment() {
        String id = itemOf("market-regulation", 0);
        Response item = given().get(ADMIN + "/" + id);
        item.then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", item.header("ETag")).body(guideOf(id)).put(ADMIN + "/" + id + "/draft")
                .then().statusCode(200).body("draft", notNullValue());
        // the admin's listing spans every department, drafts included; staff see one department only
        List<String> departments = given().get(ADMIN + "?size=100&sort=name").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(664)).extract().path("items.department.code");
        assertTrue(departments.stream().distinct().count() > 1, departments.toString());
        given().get(ADMIN + "?department=market-regulation&size=100").then().statusCode(200)
                .body("items.department.code", everyItem(is("market-regulation")));
        // and the audit log shows the admin's write on another department's item
        given().get("/api/v1/admin/audit?entityId=" + id).then().statusCode(200)
                .body("items[0].action", is("service.draft.save")).body("items[0].actor", is("city-admin"))
                .body("items[0].departmentCode", is("market-regulation"));
    }

    @Test
    @TestSecurity(user = "resident", roles = "applicant")
    void applicantsCannotUseTheStaffApi() {
        given().get(ADMIN).then().statusCode(403).contentType("application/problem+json");
        given().get("/api/v1/admin/departments/public-security").then().statusCode(403);
    }

    @Test
    void anonymousCallersMustSignIn() {
        given().get(ADMIN).then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        given().contentType(ContentType.JSON).body("{}").post(ADMIN).then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "staff-ps", roles = "staff")
    @OidcSecurity(claims = @Claim(key = "department", value = "public-security"))
    void badBodiesGetProblemsNamingTheField() {
        String id = itemOf("public-security", 6);
        String etag = given().get(ADMIN + "/" + id).header("ETag");
        Map<String, Object> guide = guideOf(id);

        guide.put("colour", "red");
        given().contentType(ContentType.JSON).header("If-Match", etag).body(guide).put(ADMIN + "/" + id + "/draft").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("colour")).body("errors[0].code", is("unknown-field"));
        guide.remove("colour");

        section(guide, "handling").put("visits", "many");
        given().contentType(ContentType.JSON).header("If-Match", etag).body(guide).put(ADMIN + "/" + id + "/draft").then().statusCode(400)
                .body("errors[0].field", is("handling.visits")).body("errors[0].code", is("wrong-type"));
        section(guide, "handling").put("visits", 1);

        guide.put("type", "MAGIC");
        given().contentType(ContentType.JSON).header("If-Match", etag).body(guide).put(ADMIN + "/" + id + "/draft").then().statusCode(400)
                .body("errors[0].field", is("type")).body("errors[0].message", containsString("ADMINISTRATIVE_LICENSE"));
        guide.put("type", "PUBLIC_SERVICE");

        guide.put("name", " ");
        section(guide, "handling").put("visits", 99);
        given().contentType(ContentType.JSON).header("If-Match", etag).body(guide).put(ADMIN + "/" + id + "/draft").then().statusCode(400)
                .body("errors.field", is(List.of("handling.visits", "name")));

        given().contentType(ContentType.JSON).header("If-Match", etag).body("{\"name\": ").put(ADMIN + "/" + id + "/draft").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].code", is("malformed-json"));
        given().contentType(ContentType.JSON).header("If-Match", etag).body("").put(ADMIN + "/" + id + "/draft").then().statusCode(400)
                .contentType("application/problem+json");
        given().contentType(ContentType.TEXT).header("If-Match", etag).body("hello").put(ADMIN + "/" + id + "/draft").then().statusCode(415)
                .contentType("application/problem+json");
        String huge = "{\"name\": \"" + "长".repeat(300_000) + "\"}";
        given().contentType(ContentType.JSON).header("If-Match", etag).body(huge).put(ADMIN + "/" + id + "/draft").then().statusCode(413)
                .contentType("application/problem+json").body("errors[0].field", is("body"));

        // none of the refused requests changed anything
        given().get(ADMIN + "/" + id).then().header("ETag", is(etag)).body("draft", nullValue());
        assertEquals(etag, given().get(ADMIN + "/" + id).header("ETag"));
    }
}
