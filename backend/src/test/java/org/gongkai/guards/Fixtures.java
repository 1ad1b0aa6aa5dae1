package org.gongkai.guards;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

/** Records the guards work on, chosen away from the departments the feature tests use. */
final class Fixtures {

    /** The feature tests (catalogue, security) work on these; the guards leave them alone. */
    static final List<String> BUSY = List.of("public-security", "market-regulation", "gov-office");

    private Fixtures() {
    }

    /** The last demo departments of the directory with published items, none of the busy ones. */
    static List<String> quietDepartments(int how) {
        List<Map<String, Object>> directory = given().get("/api/v1/departments").then().statusCode(200).extract().jsonPath().getList("");
        List<String> found = new java.util.ArrayList<>();
        for (int i = directory.size() - 1; i >= 0 && found.size() < how; i--) {
            Map<String, Object> d = directory.get(i);
            String code = (String) d.get("code");
            // departments the guards create have no items; the demo ones do
            if (Boolean.TRUE.equals(d.get("demo")) && !BUSY.contains(code)
                    && given().get("/api/v1/services?size=1&department=" + code).<Integer>path("total") > 3) {
                found.add(0, code);
            }
        }
        return found;
    }

    static String quietDepartment() {
        return quietDepartments(1).get(0);
    }
}
