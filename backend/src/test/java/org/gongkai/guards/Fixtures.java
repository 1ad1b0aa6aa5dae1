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

    /** The last departments of the directory that have published items, none of the busy ones. */
    static List<String> quietDepartments(int how) {
        List<Map<String, Object>> directory = given().get("/api/v1/departments").then().statusCode(200).extract().jsonPath().getList("");
        List<String> codes = directory.stream().map(d -> (String) d.get("code")).filter(c -> !BUSY.contains(c))
                .filter(c -> given().get("/api/v1/services?size=1&department=" + c).<Integer>path("total") > 3).toList();
        return codes.subList(codes.size() - how, codes.size());
    }

    static String quietDepartment() {
        return quietDepartments(1).get(0);
    }
}
