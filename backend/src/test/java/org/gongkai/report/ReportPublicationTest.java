package org.gongkai.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.support.KeycloakResource;
import org.gongkai.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The report as a document, with real tokens: staff write it, submit it to review, the reviewer publishes it as a disclosure record. */
@QuarkusTest
@WithTestResource(KeycloakResource.class)
class ReportPublicationTest {

    private static final String ADMIN = "/api/v1/admin/reports/2025";
    private static final String TEXT = ADMIN + "/texts/public-security";
    private static final String PAGE = "/api/v1/reports/2025/report.html?department=public-security";

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON);
    }

    @Test
    void aDepartmentWritesItsReportSubmitsItAndTheReviewerPublishesIt() {
        as("staff-market-regulation").get(TEXT).then().statusCode(403);
        String etag = as("staff-public-security").get(TEXT).then().statusCode(200).body("overview", nullValue()).extract().header("ETag");
        assertEquals("\"-1\"", etag);
        String submission = TEXT + "/submission";
        // part 一 is needed before review; writing needs the version read
        as("staff-public-security").header("If-Match", etag).post(submission).then().statusCode(422).body("errors[0].field", is("overview"));
        as("staff-public-security").body(Map.of("overview", "<p>x</p>")).put(TEXT).then().statusCode(428);
        etag = as("staff-public-security").header("If-Match", etag)
                .body(Map.of("overview", "<p onclick=\"x()\">本年度公开工作稳步推进<script>alert(1)</script></p>", "problems", "<p>解读形式较为单一。</p>"))
                .put(TEXT).then().statusCode(200).body("overview", is("<p>本年度公开工作稳步推进</p>")).extract().header("ETag");
        as("staff-public-security").header("If-Match", "\"-1\"").body(Map.of("overview", "<p>旧</p>")).put(TEXT).then().statusCode(412);
        assertTrue(as("staff-public-security").get(TEXT + "/preview").then().statusCode(200).extract().asString()
                .contains("稳步推进"), "the preview shows the written parts");

        // before publication the public page has today's tables and holds the written parts back
        given().get(PAGE).then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("三、收到和处理政府信息公开申请情况"), containsString("（七）总计"), not(containsString("稳步推进")));

        String recordId = as("staff-public-security").header("If-Match", etag).post(submission).then().statusCode(200)
                .body("recordId", notNullValue()).extract().path("recordId");
        Response record = as("reviewer").get("/api/v1/admin/disclosures/" + recordId);
        record.then().statusCode(200).body("kind", is("ANNUAL_REPORT")).body("draftState", is("IN_REVIEW"))
                .body("departmentCode", is("public-security"));
        as("staff-public-security").get(ADMIN + "/status").then().statusCode(200).body("size()", is(1))
                .body("[0].departmentCode", is("public-security")).body("[0].dueOn", is("2026-01-31")).body("[0].written", is(true))
                .body("[0].draftState", is("IN_REVIEW")).body("[0].published", is(false));

        as("reviewer").header("If-Match", record.header("ETag")).post("/api/v1/review/disclosures/" + recordId + "/approve").then().statusCode(200);
        given().get("/api/v1/disclosures/" + recordId).then().statusCode(200).body("kind", is("ANNUAL_REPORT"))
                .body("body", containsString("稳步推进")).body("body", containsString("四、政府信息公开行政复议、行政诉讼情况"));
        given().get(PAGE).then().statusCode(200).body(containsString("稳步推进"), containsString("索引号 " + record.path("indexNumber")));
        as("staff-public-security").get(ADMIN + "/status").then().body("[0].published", is(true)).body("[0].overdue", is(false))
                .body("[0].indexNumber", is((String) record.path("indexNumber")));
    }

    @Test
    void theCitysReportIsTheCityOfficesAndStatusListsEveryReport() {
        as("staff-public-security").get(ADMIN + "/texts/city").then().statusCode(403);
        as("admin").get(ADMIN + "/texts/city").then().statusCode(200).body("departmentCode", nullValue());
        int departments = given().get("/api/v1/departments").then().statusCode(200).extract().path("size()");
        as("admin").get(ADMIN + "/status").then().statusCode(200).body("size()", is(departments + 1))
                .body("[0].departmentCode", nullValue()).body("[0].name", is("全市")).body("[0].dueOn", is("2026-03-31"));
        as("admin").get("/api/v1/admin/reports/1999/status").then().statusCode(400).body("errors[0].field", is("year"));
    }

    @Test
    void theSeedsReportIsPublishedWithItsWrittenPartsAndTheComputedTables() {
        String page = given().get("/api/v1/reports/2017/report.html").then().statusCode(200).extract().asString();
        assertTrue(page.contains("葫芦岛市2017年政府信息公开工作年度报告") && page.contains("葫政办发〔2017〕103号") && page.contains("索引号"), page);
        assertTrue(page.contains("收到政府信息公开申请51件，办结51件"), "part 一's figures come from the records");
        assertTrue(page.contains("执行“五公开”力度不够"), "part 五 from the seed");
        as("admin").get("/api/v1/admin/reports/2017/status").then().statusCode(200).body("[0].published", is(true)).body("[0].overdue", is(false))
                .body("[0].dueOn", is("2018-03-31"));
        given().get("/api/v1/disclosures?kind=ANNUAL_REPORT").then().statusCode(200).body("items.title", org.hamcrest.Matchers.hasItem("葫芦岛市2017年政府信息公开工作年度报告"));
    }

    @Test
    void theTablesComeAsAWorkbookInTheLayoutOfTheForm() throws IOException {
        byte[] bytes = given().get("/api/v1/reports/2017/tables.xlsx").then().statusCode(200).contentType(ReportXlsx.MEDIA_TYPE)
                .header("Content-Disposition", containsString("annual-report-2017.xlsx")).extract().asByteArray();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertEquals(List.of("二、主动公开", "三、依申请公开", "四、复议诉讼"), List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2)));
            Sheet t3 = book.getSheet("三、依申请公开");
            assertEquals(5, t3.getNumMergedRegions(), "the form's two-level header");
            assertEquals("总计", t3.getRow(1).getCell(7).getStringCellValue());
            Row received = row(t3, "一、本年新收政府信息公开申请数量");
            assertEquals(41, received.getCell(1).getNumericCellValue(), "residents");
            assertEquals(51, received.getCell(7).getNumericCellValue(), "the seed's 51 applications");
            assertEquals(0, row(book.getSheet("四、复议诉讼"), "行政复议").getCell(5).getNumericCellValue());
        }
    }

    private static Row row(Sheet sheet, String label) {
        for (Row r : sheet) {
            if (r.getCell(0) != null && r.getCell(0).getStringCellValue().strip().equals(label)) {
                return r;
            }
        }
        throw new AssertionError("no row " + label);
    }
}
