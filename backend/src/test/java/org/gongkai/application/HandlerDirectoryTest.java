package org.gongkai.application;

import static org.gongkai.application.ApplicationFlowTest.application;
import static org.gongkai.application.ApplicationFlowTest.as;
import static org.gongkai.application.ApplicationFlowTest.submit;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import java.util.UUID;

import org.gongkai.support.KeycloakResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The office assigns a case to a member of its department's staff, as Keycloak knows them, and to nobody else. */
@QuarkusTest
@WithTestResource(KeycloakResource.class)
class HandlerDirectoryTest {

    static final String HANDLERS = "/api/v1/admin/applications/handlers";

    @Test
    void theOfficeSeesItsDepartmentsStaffByNameAndNothingPersonal() {
        Response list = as("staff-public-security").get(HANDLERS);
        list.then().statusCode(200)
                .body("username", containsInAnyOrder("staff-public-security", "clerk-public-security"))
                .body("find { it.username == 'staff-public-security' }.displayName", is("市公安局工作人员"));
        assertFalse(list.asString().contains("@"), "the directory leaked an e-mail address: " + list.asString());
        assertFalse(list.asString().contains("department"), list.asString());
        as("staff-public-security").get(HANDLERS + "?department=public-security").then().statusCode(200)
                .body("username", hasItem("clerk-public-security"));
        // an admin names any department; the reviewer of the city office is not one who handles cases
        as("admin").get(HANDLERS + "?department=public-security").then().statusCode(200)
                .body("username", containsInAnyOrder("staff-public-security", "clerk-public-security"));
        as("admin").get(HANDLERS + "?department=gov-office").then().statusCode(200)
                .body("username", hasItem("admin")).body("username", not(hasItem("reviewer")));
    }

    @Test
    void staffOfAnotherDepartmentCannotListItsStaff() {
        as("staff-market-regulation").get(HANDLERS + "?department=public-security").then().statusCode(403)
                .contentType("application/problem+json");
        as("staff-market-regulation").get(HANDLERS).then().statusCode(200).body("username", is(java.util.List.of("staff-market-regulation")));
        as("applicant").get(HANDLERS + "?department=public-security").then().statusCode(403);
    }

    @Test
    void anAdminMustNameAnExistingDepartment() {
        as("admin").get(HANDLERS).then().statusCode(400).body("errors[0].field", is("department"));
        as("admin").get(HANDLERS + "?department=nowhere").then().statusCode(400).body("errors[0].field", is("department"));
    }

    @Test
    void aCaseGoesOnlyToAMemberOfItsDepartmentsStaff() {
        String id = submit(UUID.randomUUID().toString(), application("经办人测试：户籍窗口排队时长")).then().statusCode(201).extract().path("id");
        String etag = as("staff-public-security").get("/api/v1/admin/applications/" + id).then().statusCode(200).extract().header("ETag");

        for (String outsider : new String[] { "staff-market-regulation", "applicant", "reviewer", "no-such-user" }) {
            as("staff-public-security").header("If-Match", etag).body(Map.of("handler", outsider))
                    .post("/api/v1/admin/applications/" + id + "/assignment").then().statusCode(422)
                    .contentType("application/problem+json").body("errors[0].field", is("handler"))
                    .body("errors[0].code", is("not-department-staff"));
        }
        // refused assignments changed nothing: the same version is still current
        as("staff-public-security").get("/api/v1/admin/applications/" + id).then().header("ETag", is(etag)).body("handler", is((Object) null));
        // the version is checked before the directory is asked
        as("staff-public-security").body(Map.of("handler", "clerk-public-security"))
                .post("/api/v1/admin/applications/" + id + "/assignment").then().statusCode(428);
        as("staff-market-regulation").header("If-Match", etag).body(Map.of("handler", "staff-market-regulation"))
                .post("/api/v1/admin/applications/" + id + "/assignment").then().statusCode(403);

        String next = as("staff-public-security").header("If-Match", etag).body(Map.of("handler", "clerk-public-security"))
                .post("/api/v1/admin/applications/" + id + "/assignment").then().statusCode(200)
                .body("handler", is("clerk-public-security")).body("timeline.kind", hasItem("ASSIGNED")).extract().header("ETag");
        assertFalse(next.equals(etag));
        as("admin").get("/api/v1/admin/audit?entityId=" + id).then().body("items.action", hasItem("application.assigned"));
        // an admin assigns within the case's department too, not to themselves
        as("admin").header("If-Match", next).body(Map.of("handler", "admin"))
                .post("/api/v1/admin/applications/" + id + "/assignment").then().statusCode(422).body("errors[0].field", is("handler"));
        as("admin").header("If-Match", next).body(Map.of("handler", "staff-public-security"))
                .post("/api/v1/admin/applications/" + id + "/assignment").then().statusCode(200).body("handler", is("staff-public-security"));
    }
}
