package org.gongkai.guards;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.gongkai.support.EmbeddedPostgresServer;
import org.gongkai.support.FaultsProfile;
import org.gongkai.support.PostgresResource;
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
 * the API answers normally again without a restart. PostgreSQL terminating the API's connections while
 * requests are running on them is an outage too: 503, never 500.
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

    /**
     * PostgreSQL terminates every connection of the application (pg_terminate_backend, as an administrator
     * or a failover does) three times while eight clients read and write: the requests running on those
     * connections answer 503 problems with Retry-After, none 500, and readiness is UP at its first check
     * once the API answers again (the JDBC pool's idle connection, killed as well, does not count).
     */
    @Test
    @TestSecurity(user = "outage-admin", roles = "admin")
    void connectionsTerminatedUnderLoadAre503sNot500sAndReadinessIsUpRightAfter() throws Exception {
        List<String> quiet = Fixtures.quietDepartments(2);
        String written = quiet.get(0);
        List<String> items = given().get("/api/v1/services?size=20&department=" + quiet.get(1)).then().statusCode(200)
                .extract().jsonPath().getList("items.id");
        String officeHours = given().get("/api/v1/admin/departments/" + written).then().statusCode(200).extract().path("officeHours");
        // readiness has used both pools: each holds a connection that the drops will kill
        given().get("/q/health/ready").then().statusCode(200);

        Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
        AtomicInteger unavailableWithoutRetryAfter = new AtomicInteger();
        AtomicInteger requests = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            int client = c;
            running.add(clients.submit(() -> {
                for (int i = 0; !stop.get(); i++) {
                    for (Response r : loadStep(client, i, written, items)) {
                        answers.computeIfAbsent(r.statusCode() + " " + kind(client, i), k -> new AtomicInteger()).incrementAndGet();
                        if (r.statusCode() == 503 && !"5".equals(r.header("Retry-After"))) {
                            unavailableWithoutRetryAfter.incrementAndGet();
                        }
                        requests.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        List<Integer> terminated = new ArrayList<>();
        try {
            for (int drop = 0; drop < 3; drop++) {
                awaitRequests(requests, requests.get() + 60);
                terminated.add(terminateApplicationConnections());
            }
            awaitRequests(requests, requests.get() + 60);
        } finally {
            stop.set(true);
            clients.shutdown();
            assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS), "a client did not finish");
        }
        for (Future<?> client : running) {
            client.get(); // a client's own failure (not an HTTP status) fails the test here
        }

        assertTrue(terminated.stream().allMatch(n -> n > 0), "no connection to terminate: " + terminated);
        Map<String, Integer> unexpected = new TreeMap<>();
        answers.forEach((answer, n) -> {
            if (!answer.startsWith("200 ") && !answer.startsWith("503 ")) {
                unexpected.put(answer, n.get());
            }
        });
        assertEquals(Map.of(), unexpected, "answers other than 200 and 503 (all: " + new TreeMap<>(answers) + ")");
        assertEquals(0, unavailableWithoutRetryAfter.get(), "503s without Retry-After: 5");

        int status = 0;
        for (long deadline = System.currentTimeMillis() + 10_000; System.currentTimeMillis() < deadline; Thread.sleep(200)) {
            status = uncachedRead().statusCode();
            if (status == 200) {
                break;
            }
        }
        assertEquals(200, status, "the API did not answer normally after the drops");
        given().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));

        restoreOfficeHours(written, officeHours);
    }

    private static String kind(int client, int step) {
        return client == 0 ? "department save (read, write)" : List.of("search", "staff item read", "staff department read").get(step % 3);
    }

    /** One step of a client: client 0 saves a department (read, then write with If-Match); the others read. */
    private static List<Response> loadStep(int client, int step, String department, List<String> items) {
        if (client == 0) {
            Response read = given().get("/api/v1/admin/departments/" + department);
            if (read.statusCode() != 200) {
                return List.of(read);
            }
            Map<String, Object> body = new TreeMap<>(read.jsonPath().getMap(""));
            body.keySet().removeAll(java.util.Set.of("code", "demo"));
            body.put("officeHours", "连接中断测试 " + step);
            return List.of(read, given().contentType(ContentType.JSON).header("If-Match", read.header("ETag")).body(body)
                    .put("/api/v1/admin/departments/" + department));
        }
        return List.of(switch (step % 3) {
            case 0 -> uncachedRead();
            case 1 -> given().get("/api/v1/admin/services/" + items.get((client * 7 + step) % items.size()));
            default -> given().get("/api/v1/admin/departments/" + department);
        });
    }

    private static void awaitRequests(AtomicInteger requests, int atLeast) throws InterruptedException {
        for (long deadline = System.currentTimeMillis() + 30_000; requests.get() < atLeast; Thread.sleep(10)) {
            assertTrue(System.currentTimeMillis() < deadline, "the load stalled at " + requests.get() + " requests");
        }
    }

    /** What an administrator's pg_terminate_backend does: every connection to the application database ends. */
    private static int terminateApplicationConnections() throws Exception {
        String url = "jdbc:postgresql://localhost:" + Integer.getInteger(PostgresResource.PORT_PROPERTY) + "/" + EmbeddedPostgresServer.DATABASE;
        try (Connection c = DriverManager.getConnection(url, EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
                Statement s = c.createStatement();
                // the application's own sessions: an autovacuum worker on the same database is the server's, and
                // only a superuser may end it (the run failed with "must be a superuser" when one was at work)
                ResultSet r = s.executeQuery("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '"
                        + EmbeddedPostgresServer.DATABASE + "' AND backend_type = 'client backend' AND usename = current_user"
                        + " AND pid <> pg_backend_pid()")) {
            r.next();
            return r.getInt(1);
        }
    }

    private static void restoreOfficeHours(String department, String officeHours) {
        Response read = given().get("/api/v1/admin/departments/" + department);
        read.then().statusCode(200);
        Map<String, Object> body = new TreeMap<>(read.jsonPath().getMap(""));
        body.keySet().removeAll(java.util.Set.of("code", "demo"));
        body.put("officeHours", officeHours);
        given().contentType(ContentType.JSON).header("If-Match", read.header("ETag")).body(body).put("/api/v1/admin/departments/" + department)
                .then().statusCode(200);
    }
}
