package org.gongkai.guards;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** What the HTTP layer answers on its own is problem+json too; every response says nosniff; CORS only for our origins. */
@QuarkusTest
class HttpEdgesTest {

    @Test
    void aTooLongUriGetsA414Problem() {
        given().get("/api/v1/services?q=" + "a".repeat(9_000)).then().statusCode(414)
                .contentType("application/problem+json").body("status", is(414)).body("errors[0].field", is("uri"))
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void tooLargeHeadersGetA431Problem() {
        given().header("X-Filler", "b".repeat(20_000)).get("/api/v1/services").then().statusCode(431)
                .contentType("application/problem+json").body("status", is(431)).body("errors[0].field", is("headers"));
    }

    @Test
    @TestSecurity(user = "edge-admin", roles = "admin")
    void aTooLargeBodyGetsA413Problem() {
        given().contentType(ContentType.JSON).body("{\"code\":\"" + "c".repeat(300_000) + "\"}").post("/api/v1/admin/departments")
                .then().statusCode(413).contentType("application/problem+json").body("errors[0].field", is("body"));
    }

    @Test
    @TestSecurity(user = "edge-admin", roles = "admin")
    void aNulInAQueryParameterIsA400NamingIt() {
        given().urlEncodingEnabled(false).get("/api/v1/admin/audit?entityId=ab%00cd").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("entityId"))
                .body("errors[0].code", is("invalid-character"));
        given().urlEncodingEnabled(false).get("/api/v1/services?q=%1B%5B31m").then().statusCode(400)
                .body("errors[0].field", is("q"));
        given().urlEncodingEnabled(false).get("/api/v1/departments/x%00y").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("code"));
        // tab, line feed and carriage return are text
        given().urlEncodingEnabled(false).get("/api/v1/admin/audit?entityId=a%09b%0Ac%0D").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "edge-admin", roles = "admin")
    void aNulInABodyStringIsA400NamingTheField() {
        String code = Fixtures.quietDepartment();
        Response current = given().get("/api/v1/admin/departments/" + code);
        Map<String, Object> body = Map.of("name", "名称", "kind", "DEPARTMENT", "disclosureContact", Map.of("address", "地址\u0000"));
        given().contentType(ContentType.JSON).header("If-Match", current.header("ETag")).body(body).put("/api/v1/admin/departments/" + code)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("disclosureContact.address")).body("errors[0].code", is("invalid-character"));
        given().contentType(ContentType.JSON).body(Map.of("code", "nul-dept", "details", Map.of("name", "a\u0007b", "kind", "DEPARTMENT")))
                .post("/api/v1/admin/departments").then().statusCode(400).body("errors[0].field", is("details.name"));
        assertEquals(current.header("ETag"), given().get("/api/v1/admin/departments/" + code).header("ETag"));
        given().get("/api/v1/departments/nul-dept").then().statusCode(404);
    }

    @Test
    void everyResponseSaysNosniff() {
        given().get("/api/v1/services?size=1").then().statusCode(200).header("X-Content-Type-Options", "nosniff");
        given().get("/api/v1/admin/services").then().statusCode(401).header("X-Content-Type-Options", "nosniff");
        given().get("/api/v1/nowhere").then().statusCode(404).header("X-Content-Type-Options", "nosniff");
        given().get("/q/health/live").then().statusCode(200).header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void corsAnswersOnlyTheConfiguredOrigins() {
        given().header("Origin", "http://localhost:5173").get("/api/v1/services?size=1").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173");
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,if-match,content-type")
                .options("/api/v1/admin/services").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173");
        given().header("Origin", "https://evil.example").get("/api/v1/services?size=1").then()
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "PUT")
                .options("/api/v1/admin/services").then().header("Access-Control-Allow-Origin", nullValue());
    }
}
