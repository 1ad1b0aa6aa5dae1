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
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.support.KeycloakResource;
import org.gongkai.support.Tokens;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
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
            // the header's 5 spans, 一 二 四 across three columns, 三 over its 22 rows, （一）（二）（七） across two,
            // and the four outcomes with sub-reasons each over them
            assertEquals(5 + 3 + 1 + 3 + 4, t3.getNumMergedRegions());
            assertEquals(Table3Layout.HEADER_ROWS + 25 - 1, t3.getLastRowNum(), "the form's 25 rows under its header: no row for an outcome's sum");
            assertEquals("申请人情况", text(t3, 0, 3));
            assertEquals("总计", text(t3, 1, 9));
            assertEquals("其他", text(t3, 2, 8));
            assertEquals("一、本年新收政府信息公开申请数量", text(t3, 3, 0));
            assertEquals(41, t3.getRow(3).getCell(3).getNumericCellValue(), "residents");
            assertEquals(51, t3.getRow(3).getCell(9).getNumericCellValue(), "the seed's 51 applications");
            assertEquals(new CellRangeAddress(5, 26, 0, 0), mergedAt(t3, 5, 0), "三、本年度办理结果 over （一）…（七）");
            assertEquals("（三）不予公开", text(t3, 7, 1));
            assertEquals(new CellRangeAddress(7, 14, 1, 1), mergedAt(t3, 7, 1), "over its eight sub-reasons");
            assertEquals("1.属于国家秘密", text(t3, 7, 2));
            assertEquals("（七）总计", text(t3, 26, 1));
            assertEquals(51, t3.getRow(26).getCell(9).getNumericCellValue());
            assertEquals("四、结转下年度继续办理", text(t3, 27, 0));
            assertEquals(0, row(book.getSheet("四、复议诉讼"), "行政复议").getCell(5).getNumericCellValue());
        }
    }

    @Test
    void thePrintPageHasTable3AsTheFormWithEveryHeaderSpanAndNoSumRows() {
        Document page = Jsoup.parse(given().get("/api/v1/reports/2017/report.html").then().statusCode(200).extract().asString());
        Element table = page.selectFirst("h2:contains(三、收到和处理政府信息公开申请情况) + table");
        assertTrue(table != null, "table 三 follows its heading");
        Elements head = table.select("thead tr");
        assertEquals(List.of("3x3", "1x7 申请人情况"), cells(head.get(0)).subList(0, 2).stream().map(s -> s.replaceAll(" （.*", "")).toList());
        assertEquals(List.of("2x1 自然人", "1x5 法人或其他组织", "2x1 总计"), cells(head.get(1)));
        assertEquals(List.of("1x1 商业企业", "1x1 科研机构", "1x1 社会公益组织", "1x1 法律服务机构", "1x1 其他"), cells(head.get(2)));
        Elements body = table.select("tbody tr");
        assertEquals(25, body.size(), "the form's rows: none for 三 nor for an outcome's sum of its sub-reasons");
        assertEquals("1x3 一、本年新收政府信息公开申请数量", cells(body.get(0)).get(0));
        assertEquals(List.of("22x1 三、本年度办理结果", "1x2 （一）予以公开"), cells(body.get(2)).subList(0, 2));
        assertEquals(List.of("8x1 （三）不予公开", "1x1 1.属于国家秘密"), cells(body.get(4)).subList(0, 2));
        assertEquals("1x1 2.其他法律行政法规禁止公开", cells(body.get(5)).get(0));
        assertEquals("3x1 （四）无法提供", cells(body.get(12)).get(0));
        assertEquals("5x1 （五）不予处理", cells(body.get(15)).get(0));
        assertEquals("3x1 （六）其他处理", cells(body.get(20)).get(0));
        assertEquals("1x2 （七）总计", cells(body.get(23)).get(0));
        assertEquals("1x3 四、结转下年度继续办理", cells(body.get(24)).get(0));
        assertEquals("51", body.get(0).select("td").last().text(), "一, 总计: the seed's 51");
        assertEquals("51", body.get(23).select("td").last().text(), "（七）总计, 总计");
        for (Element tr : body) {
            assertEquals(7, tr.select("td").size(), tr.text());
            assertEquals("row", tr.selectFirst("th").attr("scope"));
        }
        assertEquals("col", head.get(1).selectFirst("th").attr("scope"));
    }

    private static List<String> cells(Element tr) {
        return tr.children().stream().map(c -> (c.hasAttr("rowspan") ? c.attr("rowspan") : "1") + "x" + (c.hasAttr("colspan") ? c.attr("colspan") : "1")
                + (c.text().isEmpty() ? "" : " " + c.text())).toList();
    }

    private static String text(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private static CellRangeAddress mergedAt(Sheet sheet, int row, int column) {
        return sheet.getMergedRegions().stream().filter(m -> m.getFirstRow() == row && m.getFirstColumn() == column).findFirst()
                .orElseThrow(() -> new AssertionError("no merged region at " + row + "," + column));
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
