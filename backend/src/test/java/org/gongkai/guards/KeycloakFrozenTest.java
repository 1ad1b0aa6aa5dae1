package org.gongkai.guards;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.gongkai.support.FaultsProfile;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;

/**
 * Keycloak accepts connections and never answers: signed-in requests get a 503 within a few seconds,
 * public reads and anonymous refusals are not delayed at all.
 */
@QuarkusTest
@TestProfile(FaultsProfile.class)
class KeycloakFrozenTest {

    /** A token of the realm's issuer signed with a key Keycloak never published: the API must ask for its keys. */
    static String tokenWithUnknownKey() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"unknown-key\"}".getBytes(StandardCharsets.UTF_8));
        String payload = b64.encodeToString(("{\"iss\":\"" + FaultsProfile.issuer() + "\",\"sub\":\"x\",\"aud\":\"gongkai-api\","
                + "\"exp\":4102444800,\"realm_access\":{\"roles\":[\"admin\"]}}").getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + "." + b64.encodeToString("signature".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void signedInRequestsGetA503WithinAFewSeconds() {
        for (int attempt = 0; attempt < 2; attempt++) {
            long start = System.nanoTime();
            given().auth().oauth2(tokenWithUnknownKey()).get("/api/v1/admin/services").then().statusCode(503)
                    .contentType("application/problem+json").body("status", is(503)).header("Retry-After", "5");
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 6_000, "a frozen Keycloak delayed a signed-in request by " + millis + " ms");
        }
    }

    @Test
    @TestSecurity(user = "frozen-admin", roles = "admin")
    void theStaffDirectoryGivesUpWithinItsDeadline() {
        long start = System.nanoTime();
        given().get("/api/v1/admin/applications/handlers?department=public-security").then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", "5");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 8_000, "a frozen Keycloak held the staff directory for " + millis + " ms");
    }

    @Test
    void publicReadsAndAnonymousRefusalsAreNotDelayed() {
        given().get("/api/v1/services?size=1").then().statusCode(200); // warm-up
        long start = System.nanoTime();
        given().get("/api/v1/services?size=1&sort=name").then().statusCode(200);
        given().get("/api/v1/departments").then().statusCode(200);
        given().get("/api/v1/admin/services").then().statusCode(401);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 1_500, "public reads took " + millis + " ms with Keycloak frozen");
    }
}
