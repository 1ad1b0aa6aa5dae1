package org.gongkai.catalogue;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.http.ContentType;

/** Test data taken from the running catalogue itself (the demo data), through the public API. */
final class CatalogueFixtures {

    private CatalogueFixtures() {
    }

    /** The id of a published item of the department, the n-th by name. */
    static String itemOf(String department, int n) {
        return given().get("/api/v1/services?sort=name&size=1&page=" + (n + 1) + "&department=" + department).path("items[0].id");
    }

    /** A complete guide (the one of a published item), as a mutable JSON map. */
    static Map<String, Object> guideOf(String id) {
        return given().get("/api/v1/services/" + id).then().statusCode(200).extract().jsonPath().getMap("guide");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> section(Map<String, Object> guide, String name) {
        return (Map<String, Object>) guide.get(name);
    }

    static String create(String department, String code, Map<String, Object> guide) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("departmentCode", department, "basicCode", "TEST" + code.substring(code.length() - 8),
                        "implementationCode", "TESTIMPL" + code, "guide", guide))
                .post("/api/v1/admin/services").then().statusCode(201).extract().path("id");
    }
}
