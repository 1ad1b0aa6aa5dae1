package org.gongkai.catalogue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.isOneOf;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** What residents, companies and third-party apps read: the published catalogue. */
@QuarkusTest
class PublicCatalogueTest {

    static final String SERVICES = "/api/v1/services";

    @Test
    void theCatalogueListsPublishedItemsInPages() {
        given().get(SERVICES + "?size=5").then().statusCode(200)
                .contentType("application/json")
                .body("items.size()", is(5))
                .body("total", greaterThanOrEqualTo(664))
                .body("page", is(1))
                .body("size", is(5))
                .body("items[0]", hasKey("department"))
                .body("items.status", everyItem(isOneOf("ACTIVE", "SUSPENDED")))
                .body("items.match", everyItem(is((Object) null)));
    }

    @Test
    void pagesDoNotOverlap() {
        List<String> first = given().get(SERVICES + "?size=10&page=1&sort=name").path("items.id");
        List<String> second = given().get(SERVICES + "?size=10&page=2&sort=name").path("items.id");
        assertEquals(10, second.size());
        assertFalse(first.stream().anyMatch(second::contains));
    }

    @Test
    void aPageBeyondTheLastIsEmptyButKeepsTheTotal() {
        given().get(SERVICES + "?size=100&page=1000").then().statusCode(200)
                .body("items.size()", is(0)).body("page", is(1000));
    }

    @ParameterizedTest
    @CsvSource({ "page=0,page", "page=abc,page", "size=101,size", "size=0,size", "size=-5,size", "sort=cheapest,sort",
            "type=LICENSE,type", "audience=ALIEN,audience", "onlineDepth=V,onlineDepth", "department=Not%20A%20Code,department",
            "status=DRAFT,status" })
    void badQueryParametersAreRefusedNamingTheParameter(String query, String field) {
        given().get(SERVICES + "?" + query).then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", is(400))
                .body("title", notNullValue())
                .body("errors[0].field", is(field))
                .body("errors[0].message", notNullValue());
    }

    @Test
    void filtersNarrowTheListToMatchingItems() {
        given().get(SERVICES + "?department=public-security&size=100").then().statusCode(200)
                .body("total", greaterThan(5)).body("items.department.code", everyItem(is("public-security")));
        given().get(SERVICES + "?type=ADMINISTRATIVE_LICENSE&size=100").then().statusCode(200)
                .body("items.type", everyItem(is("ADMINISTRATIVE_LICENSE")));
        given().get(SERVICES + "?audience=LEGAL_ENTITY&size=100").then().statusCode(200)
                .body("items.audience", everyItem(isOneOf("LEGAL_ENTITY", "BOTH")));
        given().get(SERVICES + "?onlineDepth=IV&size=100").then().statusCode(200)
                .body("items.onlineDepth", everyItem(is("IV"))).body("items.visits", everyItem(is(0)));
        given().get(SERVICES + "?theme=social-security&size=100").then().statusCode(200)
                .body("total", greaterThan(0)).body("items.themes", everyItem(hasItem("social-security")));
    }

    @Test
    void itemsCanBeSortedByNameAndByDate() {
        List<String> names = given().get(SERVICES + "?sort=name&size=50").path("items.name");
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(null);
        assertEquals(sorted, names);
        List<String> dates = given().get(SERVICES + "?sort=updated&size=50").path("items.publishedAt");
        List<String> newestFirst = new ArrayList<>(dates);
        newestFirst.sort(java.util.Comparator.reverseOrder());
        assertEquals(newestFirst, dates);
    }

    @Test
    void searchFindsTwoCharacterTermsInEitherScriptAlike() {
        Response simplified = given().get(SERVICES + "?q=规划&size=100");
        Response traditional = given().get(SERVICES + "?q=規劃&size=100");
        simplified.then().statusCode(200).body("total", greaterThan(0));
        assertEquals(simplified.<List<String>>path("items.id"), traditional.<List<String>>path("items.id"));
        assertEquals((Integer) simplified.path("total"), (Integer) traditional.path("total"));
    }

    @Test
    void searchResultsCarryTheMatchedFragment() {
        Response r = given().get(SERVICES + "?q=規劃&size=20");
        List<Map<String, Object>> items = r.path("items");
        assertFalse(items.isEmpty());
        for (Map<String, Object> item : items) {
            @SuppressWarnings("unchecked")
            Map<String, Object> match = (Map<String, Object>) item.get("match");
            String text = (String) match.get("text");
            @SuppressWarnings("unchecked")
            Map<String, Integer> first = ((List<Map<String, Integer>>) match.get("highlights")).get(0);
            assertEquals("规划", text.substring(first.get("start"), first.get("end")), text);
        }
    }

    @Test
    void searchRanksNameMatchesFirst() {
        List<String> names = given().get(SERVICES + "?q=驾驶证&size=5").path("items.name");
        assertFalse(names.isEmpty());
        assertTrue(names.get(0).contains("驾驶证"), names.toString());
    }

    @Test
    void searchCombinesWithFiltersAndFindsNothingForNonsense() {
        given().get(SERVICES + "?q=规划&department=natural-resources").then().statusCode(200)
                .body("items.department.code", everyItem(is("natural-resources")));
        given().get(SERVICES + "?q=量子引力波").then().statusCode(200).body("total", is(0)).body("items.size()", is(0));
        given().get(SERVICES + "?q=" + "很".repeat(101)).then().statusCode(400).body("errors[0].field", is("q"));
    }

    @Test
    void aServiceGuideIsReadWholeByItsStableId() {
        String id = given().get(SERVICES + "?q=规划&size=1").path("items[0].id");
        given().get(SERVICES + "/" + id).then().statusCode(200)
                .body("id", is(id))
                .body("implementationCode.length()", is(36))
                .body("version", greaterThanOrEqualTo(1))
                .body("guide.name", notNullValue())
                .body("guide.handling.conditions.size()", greaterThan(0))
                .body("guide.handling.legalTimeLimit.value", notNullValue())
                .body("guide.materials.size()", greaterThan(0))
                .body("guide.steps.size()", greaterThan(0))
                .body("guide.fees", hasKey("charged"))
                .body("guide.result.name", notNullValue())
                .body("guide.authority.legalBasis.size()", greaterThan(0))
                .body("guide.handling.consultation", notNullValue())
                .body("guide.handling.complaint", notNullValue());
    }

    @Test
    void unknownAndMalformedIdsGetClearProblems() {
        given().get(SERVICES + "/8e2b7f0c-3f1e-4b8a-9a52-000000000000").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("8e2b7f0c"));
        given().get(SERVICES + "/not-a-uuid").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("id"));
        given().get("/api/v1/no-such-thing").then().statusCode(404).contentType("application/problem+json");
        given().delete(SERVICES).then().statusCode(405).contentType("application/problem+json");
        given().accept("text/html").get(SERVICES).then().statusCode(406).contentType("application/problem+json");
    }

    @Test
    void theVersionHistoryIsDatedAndExplained() {
        String id = multiVersionItem();
        given().get(SERVICES + "/" + id + "/versions").then().statusCode(200)
                .body("size()", greaterThan(1))
                .body("[0].state", is("PUBLISHED"))
                .body("[1].state", is("SUPERSEDED"))
                .body("[0].changeNote", notNullValue())
                .body("[0].publishedAt", notNullValue())
                .body("[0].changedSections.size()", greaterThan(0));
        given().get(SERVICES + "/" + id + "/versions/1").then().statusCode(200)
                .body("summary.version", is(1)).body("guide.name", notNullValue());
        given().get(SERVICES + "/" + id + "/versions/99").then().statusCode(404);
        given().get(SERVICES + "/" + id + "/versions/x").then().statusCode(400).body("errors[0].field", is("version"));
    }

    @Test
    void publicReadsAreCacheableAndRevalidate() {
        Response first = given().get(SERVICES + "?size=3");
        String etag = first.header("ETag");
        assertTrue(etag != null && !etag.isBlank());
        first.then().header("Cache-Control", startsWith("public"));
        given().header("If-None-Match", etag).get(SERVICES + "?size=3").then().statusCode(304);
        given().header("If-None-Match", "\"something-else\"").get(SERVICES + "?size=3").then().statusCode(200);
        String id = first.path("items[0].id");
        String detailTag = given().get(SERVICES + "/" + id).header("ETag");
        given().header("If-None-Match", detailTag).get(SERVICES + "/" + id).then().statusCode(304);
    }

    @Test
    void themesAndDepartmentsAreListed() {
        given().get("/api/v1/themes").then().statusCode(200)
                .body("size()", greaterThan(40))
                .body("find { it.code == 'social-security' }.serviceCount", greaterThan(0));
        given().get("/api/v1/departments").then().statusCode(200)
                .body("size()", greaterThanOrEqualTo(33))
                .body("find { it.code == 'public-security' }.name", is("葫芦岛市公安局"))
                .body("find { it.code == 'public-security' }.disclosureContact.address", notNullValue())
                .body("find { it.code == 'public-security' }.demo", is(true));
        given().get("/api/v1/departments/public-security").then().statusCode(200).body("code", is("public-security"));
        given().get("/api/v1/departments/nowhere").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void healthAndMetricsAreServed() {
        given().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
    }

    static String multiVersionItem() {
        for (int page = 1; page <= 7; page++) {
            List<Map<String, Object>> items = given().get(SERVICES + "?size=100&sort=name&page=" + page).path("items");
            for (Map<String, Object> item : items) {
                if (((Integer) item.get("version")) > 1) {
                    return (String) item.get("id");
                }
            }
        }
        throw new AssertionError("the demo data has no item with more than one version");
    }

    @Test
    void listSizeIsCapped() {
        given().get(SERVICES + "?size=100").then().statusCode(200).body("items.size()", lessThanOrEqualTo(100));
        given().get(SERVICES + "?size=100&department=public-security").then().body("total", equalTo(
                given().get(SERVICES + "?size=1&department=public-security").path("total")));
    }
}
