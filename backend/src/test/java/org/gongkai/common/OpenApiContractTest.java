package org.gongkai.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The published contract (openapi/openapi.yaml) is exactly what the server serves, and it is complete. */
@QuarkusTest
class OpenApiContractTest {

    static final Path PUBLISHED = Path.of("../openapi/openapi.yaml");

    @Test
    void thePublishedContractEqualsTheServedOne() throws IOException {
        String served = given().get("/q/openapi?format=yaml").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(PUBLISHED, served, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(PUBLISHED), "openapi/openapi.yaml is missing; run ./gongkai openapi");
        assertEquals(Files.readString(PUBLISHED, StandardCharsets.UTF_8), served,
                "openapi/openapi.yaml differs from what the server serves; review the change and run ./gongkai openapi");
    }

    @Test
    void everyOperationHasASummaryAndItsErrorResponses() {
        JsonPath spec = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = spec.getMap("paths");
        assertTrue(paths.size() >= 8, paths.keySet().toString());
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            String where = method.toUpperCase() + " " + path;
            assertTrue(operation.get("summary") != null, where + " has no summary");
            @SuppressWarnings("unchecked")
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            assertTrue(responses.keySet().stream().anyMatch(code -> code.startsWith("2")), where + " has no success response");
            if (path.startsWith("/api/v1/admin")) {
                assertTrue(responses.containsKey("401") && responses.containsKey("403"), where + " lacks 401/403");
                assertTrue(operation.get("security") != null, where + " has no security requirement");
            }
            if (path.contains("{") || operation.get("parameters") != null) {
                assertTrue(responses.containsKey("400") || responses.containsKey("404"), where + " documents no client error");
            }
        }));
        Map<String, Object> securitySchemes = spec.getMap("components.securitySchemes");
        List<String> schemes = List.copyOf(securitySchemes.keySet());
        assertEquals(List.of("keycloak"), schemes);
    }
}
