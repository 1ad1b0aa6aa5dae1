package org.gongkai.application;

import static org.gongkai.application.ApplicationFlowTest.as;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.gongkai.support.KeycloakResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.response.Response;

/** A full case, every mail sent, then the log is read: the applicant's identity and contacts are nowhere in it. */
@QuarkusTest
@WithTestResource(KeycloakResource.class)
class PersonalDataNotLoggedTest {

    static final Path LOG = Path.of("target/quarkus-test.log");

    @Inject
    MailJob mails;

    @Test
    void aFullCaseLeavesNoPersonalDataInTheLog() throws Throwable {
        String tag = Long.toString(System.nanoTime() % 100_000_000L);
        String name = "日志测试人" + tag;
        String idNumber = "21000019850101" + String.format("%04d", Integer.parseInt(tag.substring(tag.length() - 4)));
        String phone = "0429-5" + tag.substring(tag.length() - 6);
        String email = "log" + tag + "@example.org";
        String address = "辽宁省葫芦岛市连山区日志路" + tag + "号";
        Map<String, Object> a = ApplicationFlowTest.application("日志扫描测试：全部流程");
        a.putAll(Map.of("applicantName", name, "idNumber", idNumber, "phone", phone, "email", email, "postalAddress", address));
        Response receipt = ApplicationFlowTest.submit(UUID.randomUUID().toString(), a);
        receipt.then().statusCode(201);
        String id = receipt.path("id");
        String staff = "staff-public-security";
        String office = "/api/v1/admin/applications/" + id;

        String etag = as(staff).get(office).then().statusCode(200).extract().header("ETag");
        etag = as(staff).header("If-Match", etag).body(Map.of("note", "请补充年份。", "deadline", LocalDate.now().plusDays(10).toString()))
                .post(office + "/correction-request").then().statusCode(200).extract().header("ETag");
        String mine = as("applicant").get("/api/v1/me/applications/" + id).then().extract().header("ETag");
        as("applicant").header("If-Match", mine).body(Map.of("description", "日志扫描测试：2025年"))
                .post("/api/v1/me/applications/" + id + "/correction").then().statusCode(200);
        etag = as(staff).get(office).then().extract().header("ETag");
        etag = as(staff).header("If-Match", etag).body(Map.of("party", "THIRD_PARTY", "consulted", "某公司"))
                .post(office + "/consultation").then().statusCode(200).extract().header("ETag");
        etag = as(staff).header("If-Match", etag).body(Map.of("opinion", "同意")).post(office + "/consultation/opinion").then().statusCode(200)
                .extract().header("ETag");
        // a refused step and a bad request are logged too, if anything is
        as(staff).header("If-Match", "\"999\"").body(Map.of("note", "x")).post(office + "/notes").then().statusCode(412);
        as(staff).header("If-Match", etag).body(Map.of("outcome", "PARTLY_DISCLOSED", "text", "部分公开。", "indexNumbers", List.of("x")))
                .post(office + "/reply").then().statusCode(400);
        as(staff).header("If-Match", etag).body(Map.of("outcome", "PARTLY_DISCLOSED", "text", "部分公开。")).post(office + "/reply").then().statusCode(200);
        as("applicant").get("/api/v1/me/applications/" + id + "/reply-letter").then().statusCode(200);
        as("admin").get("/api/v1/admin/audit?entityId=" + id).then().statusCode(200);
        VertxContextSupport.subscribeAndAwait(() -> mails.sendQueued());

        String log = Files.readString(LOG, StandardCharsets.UTF_8);
        assertTrue(log.contains("Installed features"), "the test reads the application's log");
        for (String personal : List.of(name, idNumber, phone, email, address)) {
            assertFalse(log.contains(personal), "the log holds " + personal);
        }
    }
}
