package org.gongkai.catalogue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SmokeTest {
    @Test
    void departmentsAreListed() {
        given().get("/api/v1/departments").then().log().ifValidationFails().statusCode(200).body("size()", equalTo(33));
    }
}
