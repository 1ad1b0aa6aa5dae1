package org.gongkai.report.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.ws.rs.core.Request;

import org.gongkai.common.ApiDocs;
import org.gongkai.common.CacheableResponses;
import org.gongkai.report.AnnualReportService;
import org.gongkai.report.ReportCsv;
import org.gongkai.report.ReportPublicationService;
import org.gongkai.report.ReportXlsx;
import org.gongkai.report.api.AnnualReportView;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/reports")
@PermitAll
@Tag(name = "Annual report", description = "The open-government annual report (2021 format), computed from the records for any year, department or the city: tables 二, 三 and 四 and the figures the text cites.")
public class ReportResource {

    private final AnnualReportService reports;
    private final ReportPublicationService publication;
    private final CacheableResponses responses;

    public ReportResource(AnnualReportService reports, ReportPublicationService publication, CacheableResponses responses) {
        this.reports = reports;
        this.publication = publication;
        this.responses = responses;
    }

    @GET
    @Path("/{year}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getAnnualReport", summary = "A year's report, computed", description = "For one department, or the city (the sum of its departments) when none is given. No personal data.")
    @APIResponse(responseCode = "200", description = "The report.", content = @Content(schema = @Schema(implementation = AnnualReportView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    public Uni<RestResponse<AnnualReportView>> get(Request request, @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "2008", maximum = "2100")) @RestPath String year,
            @Parameter(description = "Department code; the city when absent.") @RestQuery String department) {
        return reports.report(ReportParams.year(year), ReportParams.department(department)).map(report -> responses.fresh(request, report));
    }

    @GET
    @Path("/{year}/tables.csv")
    @Produces("text/csv")
    @Operation(operationId = "getAnnualReportCsv", summary = "The report's tables as CSV", description = "Tables 二, 三 and 四 for machines, UTF-8: one line per row of the API, so table 三 also has each outcome's sum of its sub-reasons, which the printed form leaves out (the workbook and report.html have the form's layout).")
    @APIResponse(responseCode = "200", description = "The tables.", content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    public Uni<Response> csv(Request request, @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "2008", maximum = "2100")) @RestPath String year,
            @Parameter(description = "Department code; the city when absent.") @RestQuery String department) {
        int y = ReportParams.year(year);
        String d = ReportParams.department(department);
        return reports.report(y, d).map(r -> Response.fromResponse(responses.text(request, ReportCsv.of(r), "text/csv"))
                .header("Content-Disposition", "attachment; filename=\"" + fileName(y, d) + ".csv\"").build());
    }

    @GET
    @Path("/{year}/tables.xlsx")
    @Produces(ReportXlsx.MEDIA_TYPE)
    @Operation(operationId = "getAnnualReportXlsx", summary = "The report's tables as a spreadsheet", description = "One sheet per table (二, 三, 四) in the layout of the form.")
    @APIResponse(responseCode = "200", description = "The workbook.", content = @Content(mediaType = ReportXlsx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    public Uni<Response> xlsx(@Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "2008", maximum = "2100")) @RestPath String year,
            @Parameter(description = "Department code; the city when absent.") @RestQuery String department) {
        int y = ReportParams.year(year);
        String d = ReportParams.department(department);
        return reports.report(y, d).map(r -> Response.ok(ReportXlsx.of(r), ReportXlsx.MEDIA_TYPE).header("Cache-Control", "public, max-age=60")
                .header("Content-Disposition", "attachment; filename=\"" + fileName(y, d) + ".xlsx\"").build());
    }

    @GET
    @Path("/{year}/report.html")
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "getAnnualReportPage", summary = "The whole report, print-ready",
            description = "Parts 一 to 六 as published (the report's disclosure record); before publication, today's tables with the written parts held back.")
    @APIResponse(responseCode = "200", description = "The page.", content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    public Uni<Response> page(Request request, @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "2008", maximum = "2100")) @RestPath String year,
            @Parameter(description = "Department code; the city when absent.") @RestQuery String department) {
        return publication.printable(ReportParams.year(year), ReportParams.department(department))
                .map(html -> responses.text(request, html, MediaType.TEXT_HTML));
    }

    private static String fileName(int year, String department) {
        return "annual-report-" + year + (department == null ? "" : "-" + department);
    }
}
