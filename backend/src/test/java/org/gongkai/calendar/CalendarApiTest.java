package org.gongkai.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The calendar third-party apps read, and the schedule the city's office enters each year. */
@QuarkusTest
class CalendarApiTest {

    static final String ADMIN = "/api/v1/admin/calendar";

    @Test
    void thePublicReadsTheShippedSchedulesAndCountsDeadlines() {
        given().get("/api/v1/calendar").then().statusCode(200)
                .body("year", hasItems(2017, 2026))
                .body("find { it.year == 2026 }.holidays", is(33))
                .body("find { it.year == 2026 }.makeUpDays", is(6));
        given().get("/api/v1/calendar/2026").then().statusCode(200)
                .body("days.find { it.date == '2026-10-10' }.kind", is("WORKDAY"))
                .body("days.size()", is(39));
        given().get("/api/v1/calendar/deadline?from=2026-09-27&workingDays=20").then().statusCode(200)
                .body("to", is("2026-10-29")).body("workingDays", is(20))
                .body("makeUpDays.date", contains("2026-10-10"))
                .body("holidays.size()", is(7)).body("yearsWithoutSchedule.size()", is(0));
        given().get("/api/v1/calendar/working-days?from=2026-09-30&to=2026-10-31").then().statusCode(200)
                .body("workingDays", is(18));
    }

    @Test
    void badParametersNameTheField() {
        given().get("/api/v1/calendar/deadline?from=2026-13-01&workingDays=20").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("from"));
        given().get("/api/v1/calendar/deadline?from=2026-01-01").then().statusCode(400).body("errors[0].field", is("workingDays"));
        given().get("/api/v1/calendar/working-days?from=2026-02-01&to=2026-01-01").then().statusCode(400)
                .body("errors[0].field", is("to"));
        given().get("/api/v1/calendar/1800").then().statusCode(400).body("errors[0].field", is("year"));
        given().get("/api/v1/calendar/2035").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "city-admin", roles = "admin")
    void anAdminEntersANewYearAndTheClockUsesItAtOnce() {
        // before: 2031 has no schedule, the count says so
        given().get("/api/v1/calendar/deadline?from=2030-12-20&workingDays=10").then().statusCode(200)
                .body("yearsWithoutSchedule", hasItem(2031));

        Map<String, Object> schedule = Map.of("source", "国务院办公厅关于2031年部分节假日安排的通知", "days", List.of(
                Map.of("date", "2031-01-01", "kind", "HOLIDAY", "name", "元旦"),
                Map.of("date", "2031-01-02", "kind", "HOLIDAY", "name", "元旦")));
        Response created = given().contentType(ContentType.JSON).body(Map.of("year", 2031, "schedule", schedule)).post(ADMIN);
        created.then().statusCode(201).header("Location", endsWith("/api/v1/calendar/2031")).body("days.size()", is(2));
        given().contentType(ContentType.JSON).body(Map.of("year", 2031, "schedule", schedule)).post(ADMIN)
                .then().statusCode(409).contentType("application/problem+json");

        // 2031-01-03 is a Friday; with 1 and 2 January off, the first working day after 31 December is the 3rd
        given().get("/api/v1/calendar/deadline?from=2030-12-31&workingDays=1").then().statusCode(200)
                .body("to", is("2031-01-03")).body("holidays.size()", is(2));

        String etag = given().get(ADMIN + "/2031").then().statusCode(200).extract().header("ETag");
        Map<String, Object> moved = Map.of("source", "更正", "days", List.of(
                Map.of("date", "2031-01-01", "kind", "HOLIDAY", "name", "元旦"),
                Map.of("date", "2031-01-04", "kind", "WORKDAY", "name", "元旦调休上班")));
        given().contentType(ContentType.JSON).body(moved).put(ADMIN + "/2031").then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"999\"").body(moved).put(ADMIN + "/2031").then().statusCode(412)
                .header("ETag", is(etag));
        given().contentType(ContentType.JSON).header("If-Match", etag).body(moved).put(ADMIN + "/2031").then().statusCode(200)
                .body("source", is("更正")).body("days.date", contains("2031-01-01", "2031-01-04"));
        given().get("/api/v1/calendar/deadline?from=2030-12-31&workingDays=1").then().body("to", is("2031-01-02"));
        given().get("/api/v1/admin/audit?entityId=2031").then().body("items.action", hasItems("calendar.create", "calendar.update"));
    }

    @Test
    @TestSecurity(user = "city-admin", roles = "admin")
    void aScheduleThatBreaksTheRulesIsRefusedWithTheField() {
        Map<String, Object> weekdayWorkday = Map.of("source", "x", "days", List.of(
                Map.of("date", "2032-01-01", "kind", "HOLIDAY", "name", "元旦"),
                Map.of("date", "2032-01-05", "kind", "WORKDAY", "name", "调休")));
        given().contentType(ContentType.JSON).body(Map.of("year", 2032, "schedule", weekdayWorkday)).post(ADMIN).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("schedule.days[1].date")).body("errors[0].code", is("workday-not-weekend"));
        given().get("/api/v1/calendar/2032").then().statusCode(404);
    }
}
