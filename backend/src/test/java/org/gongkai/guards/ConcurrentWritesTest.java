package org.gongkai.guards;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Many editors racing on one record with If-Match: each write either wins (200, one version step) or
 * is told it lost (412 with the ETag now stored); never a 500, and no update is lost.
 */
@QuarkusTest
class ConcurrentWritesTest {

    static final int WRITERS = 16;
    static final int ROUNDS = 6;

    /** What one race ended with. */
    record Outcome(Map<Integer, Integer> statuses, long wins, long initialVersion, long finalVersion, Set<String> stale412Tags) {
    }

    @Test
    @TestSecurity(user = "race-admin", roles = "admin")
    void racingDraftEditorsGetOnly200Or412AndNoUpdateIsLost() throws Exception {
        String id = given().get("/api/v1/services?sort=name&size=1&page=3&department=" + Fixtures.quietDepartment()).path("items[0].id");
        String url = "/api/v1/admin/services/" + id;
        Map<String, Object> guide = given().get("/api/v1/services/" + id).then().statusCode(200).extract().jsonPath().getMap("guide");
        Outcome outcome = race(url, url + "/draft", writer -> {
            Map<String, Object> mine = new TreeMap<>(guide);
            mine.put("remedies", "并发编辑 " + writer);
            return mine;
        });
        // the winners' changes are all there: the last winner's draft is stored
        String remedies = given().get(url).path("draft.remedies");
        assertTrue(remedies.startsWith("并发编辑 "), remedies);
        assertRaceHeld(outcome);
        assertEquals(outcome.wins(), given().get("/api/v1/admin/audit?size=100&entityId=" + id).jsonPath().getList("items")
                .stream().filter(e -> "service.draft.save".equals(((Map<?, ?>) e).get("action"))).count(),
                "one audit entry per acknowledged write");
    }

    @Test
    @TestSecurity(user = "race-admin", roles = "admin")
    void racingDepartmentEditorsGetOnly200Or412AndNoUpdateIsLost() throws Exception {
        String code = Fixtures.quietDepartment();
        String url = "/api/v1/admin/departments/" + code;
        Map<String, Object> current = given().get(url).then().statusCode(200).extract().jsonPath().getMap("");
        Outcome outcome = race(url, url, writer -> {
            Map<String, Object> body = new TreeMap<>(current);
            body.keySet().removeAll(Set.of("code", "demo"));
            body.put("officeHours", "工作日 8:30—17:00（并发 " + writer + "）");
            return body;
        });
        assertRaceHeld(outcome);
    }

    private static void assertRaceHeld(Outcome outcome) {
        Set<Integer> seen = outcome.statuses().keySet();
        assertTrue(Set.of(200, 412).containsAll(seen), "only 200 and 412 expected, got " + outcome.statuses());
        assertEquals(ROUNDS, outcome.wins(), "exactly one winner per round: " + outcome.statuses());
        assertEquals(outcome.initialVersion() + outcome.wins(), outcome.finalVersion(),
                "every 200 is exactly one version step (no lost update): " + outcome.statuses());
        assertTrue(outcome.stale412Tags().stream().allMatch(tag -> tag.matches("\"\\d+\"")),
                "every 412 carries the current ETag: " + outcome.stale412Tags());
        System.out.printf("race: %s, versions %d -> %d%n", outcome.statuses(), outcome.initialVersion(), outcome.finalVersion());
    }

    /**
     * ROUNDS rounds; in each, WRITERS threads read the current ETag, wait for each other and then all send
     * their write with that If-Match at once, so that several pass the ETag check together.
     */
    private static Outcome race(String readUrl, String writeUrl, IntFunction<Map<String, Object>> body) throws Exception {
        long initial = version(given().get(readUrl).header("ETag"));
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        Set<String> tags = ConcurrentHashMap.newKeySet();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String etag = given().get(readUrl).header("ETag");
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> writes = new ArrayList<>();
                for (int w = 0; w < WRITERS; w++) {
                    int writer = round * WRITERS + w;
                    writes.add(pool.submit(() -> {
                        start.await();
                        Response r = given().contentType(ContentType.JSON).header("If-Match", etag).body(body.apply(writer)).put(writeUrl);
                        statuses.merge(r.statusCode(), 1, Integer::sum);
                        if (r.statusCode() == 412) {
                            tags.add(String.valueOf(r.header("ETag")));
                            if (!"application/problem+json".equals(r.contentType())) {
                                failures.add("412 without problem+json: " + r.contentType());
                            }
                        } else if (r.statusCode() != 200) {
                            failures.add(r.statusCode() + " " + r.asString());
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> f : writes) {
                    f.get();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(failures.isEmpty(), failures.stream().limit(3).toList().toString());
        long last = version(given().get(readUrl).header("ETag"));
        return new Outcome(new TreeMap<>(statuses), statuses.getOrDefault(200, 0), initial, last, tags);
    }

    private static long version(String etag) {
        return Long.parseLong(etag.replace("\"", ""));
    }
}
