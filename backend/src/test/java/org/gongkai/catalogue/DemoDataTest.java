package org.gongkai.catalogue;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The demo/test profiles load exactly 664 published demo items across departments and item types. */
@QuarkusTest
class DemoDataTest {

    @Test
    void exactly664DemoItemsArePublishedAcrossDepartmentsAndTypes() {
        int demo = 0;
        Set<String> departments = new HashSet<>();
        Set<String> types = new HashSet<>();
        for (int page = 1;; page++) {
            List<Map<String, Object>> items = given().get("/api/v1/services?size=100&sort=name&page=" + page).path("items");
            if (items.isEmpty()) {
                break;
            }
            for (Map<String, Object> item : items) {
                if (Boolean.TRUE.equals(item.get("demo"))) {
                    demo++;
                    @SuppressWarnings("unchecked")
                    Map<String, Object> department = (Map<String, Object>) item.get("department");
                    departments.add((String) department.get("code"));
                    types.add((String) item.get("type"));
                }
            }
        }
        assertEquals(664, demo);
        assertEquals(33, departments.size());
        assertTrue(types.containsAll(List.of("ADMINISTRATIVE_LICENSE", "ADMINISTRATIVE_CONFIRMATION", "ADMINISTRATIVE_ADJUDICATION",
                "ADMINISTRATIVE_PAYMENT", "ADMINISTRATIVE_REWARD", "ADMINISTRATIVE_FILING", "OTHER_ADMINISTRATIVE_POWER", "PUBLIC_SERVICE")),
                types.toString());
    }
}
