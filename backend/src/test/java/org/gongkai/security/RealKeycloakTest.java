package org.gongkai.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;

import java.util.Map;

import org.gongkai.support.KeycloakResource;
import org.gongkai.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The main paths with real tokens from the imported realm, checked by issuer and audience. */
@QuarkusTest
@WithTestResource(KeycloakResource.class)
class RealKeycloakTest {

    static final String ADMIN = "/api/v1/admin/services";

    static String itemOf(String department) {
        return given().get("/api/v1/services?sort=name&size=1&page=20&department=" + department).path("items[0].id");
    }

    @Test
    void staffEditTheirOwnDepartmentsItemWithARealToken() {
        String token = Tokens.of("staff-public-security");
        String id = itemOf("public-security");
        Response item = given().auth().oauth2(token).get(ADMIN + "/" + id);
        item.then().statusCode(200).body("department.code", is("public-security"));
        Map<String, Object> guide = given().get("/api/v1/services/" + id).jsonPath().getMap("guide");
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", item.header("ETag")).body(guide)
                .put(ADMIN + "/" + id + "/draft").then().statusCode(200).body("draftUpdatedBy", is("staff-public-security"));
        given().auth().oauth2(token).get(ADMIN + "?size=50").then().statusCode(200)
                .body("items.department.code", everyItem(is("public-security")));
    }

    @Test
    void staffOfAnotherDepartmentAreRefusedWithARealToken() {
        String id = itemOf("public-security");
        Response item = given().auth().oauth2(Tokens.of("staff-public-security")).get(ADMIN + "/" + id);
        Map<String, Object> guide = given().get("/api/v1/services/" + id).jsonPath().getMap("guide");
        given().auth().oauth2(Tokens.of("staff-market-regulation")).contentType(ContentType.JSON).header("If-Match", item.header("ETag"))
                .body(guide).put(ADMIN + "/" + id + "/draft").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("staff-market-regulation")).contentType(ContentType.JSON).header("If-Match", item.header("ETag"))
                .body(Map.of("changeNote", "越权发布")).post(ADMIN + "/" + id + "/publication").then().statusCode(403);
    }

    @Test
    void theAdminActsOnAnyDepartmentAndApplicantsOnNone() {
        String id = itemOf("market-regulation");
        given().auth().oauth2(Tokens.of("admin")).get(ADMIN + "/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.of("applicant")).get(ADMIN + "/" + id).then().statusCode(403);
        given().auth().oauth2(Tokens.of("reviewer")).get(ADMIN).then().statusCode(403);
    }

    @Test
    void forgedOrMissingTokensAreRejectedAndPublicReadsNeedNone() {
        given().get(ADMIN).then().statusCode(401).contentType("application/problem+json");
        String token = Tokens.of("admin");
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        given().auth().oauth2(forged).get(ADMIN).then().statusCode(401);
        given().auth().oauth2("not-a-jwt").get(ADMIN).then().statusCode(401);
        given().get("/api/v1/services?size=1").then().statusCode(200);
    }
}
