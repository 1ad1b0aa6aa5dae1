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
import org.gongkai.common.QueryParams;
import org.gongkai.report.AnnualReportService;
import org.gongkai.report.ReportCsv;
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
    private final CacheableResponses responses;

    public ReportResource(AnnualReportService reports, CacheableResponses responses) {
        this.reports = reports;
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
        return reports.report(year(year), department(department)).map(report -> responses.fresh(request, report));
    }

    @GET
    @Path("/{year}/tables.csv")
    @Produces("text/csv")
    @Operation(operationId = "getAnnualReportCsv", summary = "The report's tables as CSV", description = "Tables 二, 三 and 四 in the layout of the form, UTF-8.")
    @APIResponse(responseCode = "200", description = "The tables.", content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    public Uni<Response> csv(Request request, @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "2008", maximum = "2100")) @RestPath String year,
            @Parameter(description = "Department code; the city when absent.") @RestQuery String department) {
        int y = year(year);
        String d = department(department);
        return reports.report(y, d).map(r -> Response.fromResponse(responses.text(request, ReportCsv.of(r), "text/csv"))
                .header("Content-Disposition", "attachment; filename=\"annual-report-" + y + (d == null ? "" : "-" + d) + ".csv\"").build());
    }

    private static int year(String raw) {
        return QueryParams.integer("year", raw, 0, 2008, 2100);
    }

    private static String department(String raw) {
        return raw == null || raw.isBlank() ? null : QueryParams.code("department", raw);
    }
}
