package org.gongkai.guards;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.gongkai.support.FaultsProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The database goes away under the API (every connection dropped, new ones refused) and comes back: in
 * between every call that needs it gets a 503 problem with Retry-After within seconds, and afterwards
 * the API answers normally again without a restart.
 */
@QuarkusTest
@TestProfile(FaultsProfile.class)
class DatabaseOutageTest {

    @AfterEach
    void databaseBack() throws InterruptedException {
        FaultsProfile.databaseReachable(true);
    }

    /** A read that the public cache cannot answer: a search nobody made before. */
    static Response uncachedRead() {
        return given().get("/api/v1/services?q=" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Test
    @TestSecurity(user = "outage-admin", roles = "admin")
    void anOutageIsA503WithRetryAfterAndTheApiRecoversWithoutARestart() throws Exception {
        String code = Fixtures.quietDepartment();
        Response before = given().get("/api/v1/admin/departments/" + code);
        before.then().statusCode(200);
        uncachedRead().then().statusCode(200);

        FaultsProfile.databaseReachable(false);
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            uncachedRead().then().statusCode(503).contentType("application/problem+json").body("status", is(503))
                    .header("Retry-After", "5");
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 8_000, "an outage held a read for " + millis + " ms");
        }
        Map<String, Object> body = new TreeMap<>(before.jsonPath().getMap(""));
        body.keySet().removeAll(java.util.Set.of("code", "demo"));
        body.put("officeHours", "停电期间的修改");
        given().contentType(ContentType.JSON).header("If-Match", before.header("ETag")).body(body).put("/api/v1/admin/departments/" + code)
                .then().statusCode(503).contentType("application/problem+json");
        given().get("/q/health/ready").then().statusCode(503);

        FaultsProfile.databaseReachable(true);
        int status = 0;
        for (long deadline = System.currentTimeMillis() + 10_000; System.currentTimeMillis() < deadline; Thread.sleep(200)) {
            status = uncachedRead().statusCode();
            if (status == 200) {
                break;
            }
        }
        assertEquals(200, status, "the API did not recover after the database came back");
        given().get("/q/health/ready").then().statusCode(200);
        // the write refused during the outage changed nothing
        Response after = given().get("/api/v1/admin/departments/" + code);
        after.then().statusCode(200);
        assertEquals(before.header("ETag"), after.header("ETag"));
        assertTrue(!"停电期间的修改".equals(after.path("officeHours")));
    }
}
