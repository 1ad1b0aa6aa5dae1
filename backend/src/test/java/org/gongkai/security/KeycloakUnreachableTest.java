package org.gongkai.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;

/** With the identity service down, the public site keeps working and signed-in calls get a clear 503. */
@QuarkusTest
@TestProfile(KeycloakUnreachableTest.NoKeycloak.class)
class KeycloakUnreachableTest {

    public static class NoKeycloak implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // nothing listens on port 9 (discard) here
            return Map.of("gongkai.keycloak.url", "http://localhost:9");
        }
    }

    /** A well-formed but unverifiable token: the API must ask Keycloak for its keys and cannot. */
    static final String TOKEN = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImsxIn0."
            + "eyJpc3MiOiJodHRwOi8vbG9jYWxob3N0OjkvcmVhbG1zL2dvbmdrYWkiLCJzdWIiOiJ4IiwiYXVkIjoiZ29uZ2thaS1hcGkiLCJleHAiOjQxMDI0NDQ4MDB9."
            + "c2lnbmF0dXJl";

    @Test
    void publicReadsKeepWorking() {
        given().get("/api/v1/services?size=1").then().statusCode(200);
        given().get("/api/v1/departments").then().statusCode(200);
    }

    @Test
    void signedInCallsGetAClear503() {
        given().auth().oauth2(TOKEN).get("/api/v1/admin/services").then().statusCode(503)
                .contentType("application/problem+json").body("status", is(503)).body("detail", containsString("identity"));
    }

    /** Signed in (the token checked without Keycloak here), the office asks for its staff: a 503, never an empty list. */
    @Test
    @TestSecurity(user = "unreachable-admin", roles = "admin")
    void theStaffDirectoryAnswers503AndNoAssignmentGoesUnchecked() {
        given().get("/api/v1/admin/applications/handlers?department=public-security").then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", "5").body("detail", containsString("staff directory"));
    }

    @Test
    void callsWithoutATokenStillGet401() {
        given().get("/api/v1/admin/services").then().statusCode(401);
    }
}
