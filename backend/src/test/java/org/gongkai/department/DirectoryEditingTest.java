package org.gongkai.department;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The city's open-government office keeps the department directory; nobody else may change it. */
@QuarkusTest
class DirectoryEditingTest {

    static final String ADMIN = "/api/v1/admin/departments";

    static Map<String, Object> details(String name) {
        Map<String, Object> d = new HashMap<>();
        d.put("name", name);
        d.put("kind", "DEPARTMENT");
        d.put("address", "辽宁省葫芦岛市龙港区测试路1号");
        d.put("phone", "0429-1234567");
        d.put("email", "test@huludao.example");
        d.put("disclosureContact", Map.of("address", "测试路1号一楼", "phone", "0429-7654321"));
        return d;
    }

    @Test
    @TestSecurity(user = "city-admin", roles = "admin")
    void anAdminAddsADepartmentThatThePublicDirectoryThenLists() {
        Response created = given().contentType(ContentType.JSON)
                .body(Map.of("code", "test-archives", "details", details("葫芦岛市测试档案馆"))).post(ADMIN);
        created.then().statusCode(201).header("Location", endsWith("/api/v1/departments/test-archives"))
                .body("code", is("test-archives")).body("demo", is(false)).body("disclosureContact.phone", is("0429-7654321"));
        given().get("/api/v1/departments").then().statusCode(200).body("code", hasItem("test-archives"));
        given().get("/api/v1/departments/test-archives").then().statusCode(200).body("name", is("葫芦岛市测试档案馆"));
        given().get("/api/v1/admin/audit?entityId=test-archives").then().body("items.action", hasItem("department.create"));

        // the code is permanent: a second one is a conflict
        given().contentType(ContentType.JSON).body(Map.of("code", "test-archives", "details", details("重复")))
                .post(ADMIN).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "city-admin", roles = "admin")
    void anUpdateNeedsTheCurrentVersionAndReplacesTheDemoContacts() {
        Response current = given().get(ADMIN + "/culture-tourism");
        current.then().statusCode(200);
        String etag = current.header("ETag");
        Map<String, Object> update = details(current.path("name"));

        given().contentType(ContentType.JSON).body(update).put(ADMIN + "/culture-tourism").then().statusCode(428);
        Response updated = given().contentType(ContentType.JSON).header("If-Match", etag).body(update).put(ADMIN + "/culture-tourism");
        updated.then().statusCode(200).body("address", is("辽宁省葫芦岛市龙港区测试路1号")).body("demo", is(false));
        assertNotEquals(etag, updated.header("ETag"));
        // the version read before is stale now
        given().contentType(ContentType.JSON).header("If-Match", etag).body(update).put(ADMIN + "/culture-tourism")
                .then().statusCode(412).header("ETag", is(updated.header("ETag")));
        given().get("/api/v1/departments/culture-tourism").then().body("address", is("辽宁省葫芦岛市龙港区测试路1号"));
    }

    @Test
    @TestSecurity(user = "city-admin", roles = "admin")
    void badDirectoryEntriesNameTheField() {
        Map<String, Object> bad = details("名称");
        bad.put("creditCode", "123");
        bad.put("email", "not-an-address");
        given().contentType(ContentType.JSON).body(Map.of("code", "Bad Code", "details", bad)).post(ADMIN)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("code")).body("errors.field", hasItem("details.creditCode"))
                .body("errors.field", hasItem("details.email"));
        given().get("/api/v1/departments").then().body("code", not(hasItem("bad code")));
    }

    @Test
    @TestSecurity(user = "staff-ps", roles = "staff")
    void staffCannotChangeTheDirectory() {
        given().contentType(ContentType.JSON).body(Map.of("code", "test-staff-made", "details", details("员工新建")))
                .post(ADMIN).then().statusCode(403).contentType("application/problem+json");
        given().get("/api/v1/departments").then().body("code", not(hasItem("test-staff-made")));
    }
}
