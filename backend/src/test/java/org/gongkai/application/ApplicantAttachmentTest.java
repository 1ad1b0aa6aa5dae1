package org.gongkai.application;

import static io.restassured.RestAssured.given;
import static org.gongkai.application.ApplicationFlowTest.application;
import static org.gongkai.application.ApplicationFlowTest.as;
import static org.gongkai.application.ApplicationFlowTest.submit;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.gongkai.support.KeycloakResource;
import org.gongkai.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** An applicant's own material: PDF or images told by their content, a few per case, theirs to download, the office's to see. */
@QuarkusTest
@WithTestResource(KeycloakResource.class)
class ApplicantAttachmentTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final String MINE = "/api/v1/me/applications/";

    private static Response upload(String user, String id, String etag, String name, byte[] content) {
        var call = given().auth().oauth2(Tokens.of(user)).contentType("application/octet-stream").queryParam("fileName", name).body(content);
        return (etag == null ? call : call.header("If-Match", etag)).post(MINE + id + "/attachments");
    }

    @Test
    void theApplicantAttachesAPdfAndTheOfficeSeesIt() {
        Response receipt = submit(UUID.randomUUID().toString(), application("附件测试"));
        receipt.then().statusCode(201);
        String id = receipt.path("id");
        String etag = as("applicant").get(MINE + id).then().statusCode(200).extract().header("ETag");

        upload("applicant", id, null, "线索.pdf", PDF).then().statusCode(428);
        // a text file named .pdf is not a PDF: refused by its content
        upload("applicant", id, etag, "线索.pdf", "not a pdf".getBytes(StandardCharsets.UTF_8)).then().statusCode(415)
                .body("errors[0].field", is("file"));
        // another applicant's case is not theirs to add to
        upload("applicant-company", id, etag, "线索.pdf", PDF).then().statusCode(404);

        Response added = upload("applicant", id, etag, "线索.pdf", PDF);
        added.then().statusCode(200).body("documents[0].fileName", is("线索.pdf")).body("documents[0].fromApplicant", is(true))
                .body("documents[0].mediaType", is("application/pdf")).body("timeline.kind", hasItem("MATERIAL_ADDED"));
        upload("applicant", id, etag, "again.pdf", PDF).then().statusCode(412);

        byte[] back = as("applicant").get(MINE + id + "/attachments/1").then().statusCode(200).extract().asByteArray();
        assertArrayEquals(PDF, back);
        as("staff-public-security").get("/api/v1/admin/applications/" + id).then().statusCode(200)
                .body("documents[0].fromApplicant", is(true)).body("documents[0].fileName", is("线索.pdf"));
    }

    @Test
    void atMostFiveFilesPerApplication() {
        Response receipt = submit(UUID.randomUUID().toString(), application("五个附件"));
        String id = receipt.path("id");
        String etag = as("applicant").get(MINE + id).then().extract().header("ETag");
        for (int i = 1; i <= ApplicantAttachmentService.MAX_PER_CASE; i++) {
            etag = upload("applicant", id, etag, "p" + i + ".pdf", PDF).then().statusCode(200).extract().header("ETag");
        }
        upload("applicant", id, etag, "p6.pdf", PDF).then().statusCode(400).body("errors[0].field", is("file")).body("errors[0].code", is("too-many"));
    }
}
