package org.gongkai.catalogue;

import static io.restassured.RestAssured.given;
import static org.gongkai.catalogue.CatalogueFixtures.guideOf;
import static org.gongkai.catalogue.CatalogueFixtures.itemOf;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Public reads are served from a cache; every admin write that changes what the public sees is
 * visible on the very next public read. Each test reads first (filling the cache), writes, reads again.
 */
@QuarkusTest
@TestSecurity(user = "city-admin", roles = "admin")
class PublicCacheInvalidationTest {

    static final String ADMIN = "/api/v1/admin/services";

    @Test
    void aPublicationIsVisibleOnTheNextRead() {
        String id = itemOf("civil-affairs", 0);
        given().get("/api/v1/services/" + id).then().statusCode(200);
        given().get("/api/v1/services?q=缓存测试").then().body("total", is(0));

        Map<String, Object> guide = guideOf(id);
        guide.put("name", "缓存测试事项（民政）");
        Response saved = given().contentType(ContentType.JSON).header("If-Match", given().get(ADMIN + "/" + id).header("ETag"))
                .body(guide).put(ADMIN + "/" + id + "/draft");
        saved.then().statusCode(200);
        // a draft is not public
        given().get("/api/v1/services/" + id).then().body("guide.name", not(is("缓存测试事项（民政）")));

        given().contentType(ContentType.JSON).header("If-Match", saved.header("ETag")).body(Map.of("changeNote", "名称调整"))
                .post(ADMIN + "/" + id + "/publication").then().statusCode(200);
        given().get("/api/v1/services/" + id).then().body("guide.name", is("缓存测试事项（民政）"));
        given().get("/api/v1/services?q=缓存测试").then().body("items.id", hasItem(id));
        given().get("/api/v1/services/" + id + "/versions").then().body("[0].changeNote", is("名称调整"));
    }

    @Test
    void aScheduledChangeAndItsWithdrawalAreVisibleOnTheNextRead() {
        String id = itemOf("justice", 0);
        given().get("/api/v1/services/" + id).then().body("scheduledChange", nullValue());
        LocalDate later = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30);
        Response scheduled = given().contentType(ContentType.JSON).header("If-Match", given().get(ADMIN + "/" + id).header("ETag"))
                .body(Map.of("status", "SUSPENDED", "effectiveOn", later.toString(), "note", "系统升级暂停办理"))
                .put(ADMIN + "/" + id + "/schedule");
        scheduled.then().statusCode(200);
        given().get("/api/v1/services/" + id).then().body("scheduledChange.status", is("SUSPENDED"));

        given().header("If-Match", scheduled.header("ETag")).delete(ADMIN + "/" + id + "/schedule").then().statusCode(200);
        given().get("/api/v1/services/" + id).then().body("scheduledChange", nullValue());
    }

    @Test
    void aSuspensionEffectiveTodayIsVisibleOnTheNextRead() {
        String id = itemOf("water", 0);
        given().get("/api/v1/services/" + id).then().body("status", is("ACTIVE"));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        given().contentType(ContentType.JSON).header("If-Match", given().get(ADMIN + "/" + id).header("ETag"))
                .body(Map.of("status", "SUSPENDED", "effectiveOn", today.toString(), "note", "暂停办理"))
                .put(ADMIN + "/" + id + "/schedule").then().statusCode(200);
        given().get("/api/v1/services/" + id).then().body("status", is("SUSPENDED"));
    }

    @Test
    void aNewItemIsVisibleOnceItIsPublished() {
        Map<String, Object> guide = guideOf(itemOf("housing", 0));
        guide.put("name", "缓存测试新建事项");
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("departmentCode", "civil-affairs", "basicCode", "CACHE0000001", "implementationCode",
                        "CACHETEST" + System.nanoTime(), "guide", guide))
                .post(ADMIN).then().statusCode(201).extract().path("id");
        given().get("/api/v1/services?q=缓存测试新建").then().body("items.id", not(hasItem(id)));
        Response created = given().get(ADMIN + "/" + id);
        given().contentType(ContentType.JSON).header("If-Match", created.header("ETag")).body(Map.of("changeNote", "首次发布"))
                .post(ADMIN + "/" + id + "/publication").then().statusCode(200);
        given().get("/api/v1/services?q=缓存测试新建").then().body("items.id", hasItem(id));
    }

    @Test
    void aDiscardedDraftLeavesThePublicGuideAndTheNextReadShowsIt() {
        String id = itemOf("transport", 0);
        String published = given().get("/api/v1/services/" + id).path("guide.name");
        Map<String, Object> guide = guideOf(id);
        guide.put("name", "不会发布的草稿");
        Response saved = given().contentType(ContentType.JSON).header("If-Match", given().get(ADMIN + "/" + id).header("ETag"))
                .body(guide).put(ADMIN + "/" + id + "/draft");
        given().header("If-Match", saved.header("ETag")).delete(ADMIN + "/" + id + "/draft").then().statusCode(200).body("draft", nullValue());
        given().get("/api/v1/services/" + id).then().body("guide.name", is(published));
    }

    @Test
    void aRenamedDepartmentIsVisibleInTheCatalogueOnTheNextRead() {
        String id = itemOf("veterans", 0);
        given().get("/api/v1/services/" + id).then().body("department.name", notNullValue());
        given().get("/api/v1/services?department=veterans&size=1").then().statusCode(200);

        Response current = given().get("/api/v1/admin/departments/veterans");
        Map<String, Object> update = Map.of("name", "葫芦岛市退役军人事务局（更名测试）", "kind", current.path("kind"));
        given().contentType(ContentType.JSON).header("If-Match", current.header("ETag")).body(update)
                .put("/api/v1/admin/departments/veterans").then().statusCode(200);
        given().get("/api/v1/services/" + id).then().body("department.name", is("葫芦岛市退役军人事务局（更名测试）"));
        given().get("/api/v1/services?department=veterans&size=1").then()
                .body("items[0].department.name", is("葫芦岛市退役军人事务局（更名测试）"));
    }
}
