package org.gongkai.report.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.common.ApiDocs;
import org.gongkai.common.EntityTags;
import org.gongkai.report.ReportPublicationService;
import org.gongkai.report.api.ReportStatus;
import org.gongkai.report.api.ReportTextUpdate;
import org.gongkai.report.api.ReportTextView;
import org.gongkai.security.Roles;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/admin/reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.STAFF, Roles.ADMIN })
@SecurityRequirement(name = ApiDocs.SECURITY_SCHEME)
@Tag(name = "Admin: annual report", description = "What the report needs from outside the portal: the year's entered figures of table 二 and the register of reviews and lawsuits (table 四).")
public class AdminReportTextResource {

    private static final String DEPARTMENT = "A department code, or `city` for the city's report (admins only).";

    private final ReportPublicationService publication;

    public AdminReportTextResource(ReportPublicationService publication) {
        this.publication = publication;
    }

    @GET
    @Path("/{year}/status")
    @Operation(operationId = "getReportStatus", summary = "Where each report of a year stands",
            description = "Due day, written, submitted, published: the city's and every department's for admins, their own for staff.")
    @APIResponse(responseCode = "200", description = "The reports.", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ReportStatus.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public Uni<List<ReportStatus>> status(@Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "2008", maximum = "2100")) @RestPath String year) {
        return publication.status(ReportParams.year(year));
    }

    @GET
    @Path("/{year}/texts/{department}")
    @Operation(operationId = "getReportText", summary = "The parts of a report staff write", description = "一 总体情况, 五 问题及改进, 六 其他. ETag \"-1\" while nothing is written.")
    @APIResponse(responseCode = "200", description = "The text.", headers = @Header(name = "ETag", description = "Version to send in If-Match.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ReportTextView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public Uni<Response> text(@Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "2008", maximum = "2100")) @RestPath String year,
            @Parameter(description = DEPARTMENT, schema = @Schema(type = SchemaType.STRING)) @RestPath String department) {
        return publication.text(ReportParams.year(year), ReportParams.scope(department)).map(v -> EntityTags.versioned(v.body(), v.version()));
    }

    @PUT
    @Path("/{year}/texts/{department}")
    @Operation(operationId = "saveReportText", summary = "Save the written parts", description = "HTML, cleaned to an allow-list. Saving does not publish: submit sends the report to review.")
    @APIResponse(responseCode = "200", description = "Saved.", headers = @Header(name = "ETag", description = "The new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ReportTextView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    public Uni<Response> save(@Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "2008", maximum = "2100")) @RestPath String year,
            @Parameter(description = DEPARTMENT, schema = @Schema(type = SchemaType.STRING)) @RestPath String department,
            @Parameter(description = "ETag of the text as read.", required = true) @RestHeader("If-Match") String ifMatch,
            @NotNull @Valid ReportTextUpdate body) {
        return publication.save(ReportParams.year(year), ReportParams.scope(department), ifMatch, body)
                .map(v -> EntityTags.versioned(v.body(), v.version()));
    }

    @POST
    @Path("/{year}/texts/{department}/submission")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "submitReport", summary = "Send the report to review",
            description = "Assembles parts 一 to 六 from today's records and the written parts into the report's disclosure record (kind ANNUAL_REPORT, "
                    + "with its 索引号; created the first time) and submits it to the confidentiality review. The reviewer's approval publishes it.")
    @APIResponse(responseCode = "200", description = "Submitted; recordId names the disclosure record.", headers = @Header(name = "ETag", description = "The text's version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ReportTextView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ApiDocs.UNPROCESSABLE)
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    public Uni<Response> submit(@Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "2008", maximum = "2100")) @RestPath String year,
            @Parameter(description = DEPARTMENT, schema = @Schema(type = SchemaType.STRING)) @RestPath String department,
            @Parameter(description = "ETag of the text as read.", required = true) @RestHeader("If-Match") String ifMatch) {
        return publication.submit(ReportParams.year(year), ReportParams.scope(department), ifMatch)
                .map(v -> EntityTags.versioned(v.body(), v.version()));
    }

    @GET
    @Path("/{year}/texts/{department}/preview")
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "previewReport", summary = "The report as it would go to review", description = "A print-ready page with the written parts, not public.")
    @APIResponse(responseCode = "200", description = "The page.", content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public Uni<String> preview(@Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "2008", maximum = "2100")) @RestPath String year,
            @Parameter(description = DEPARTMENT, schema = @Schema(type = SchemaType.STRING)) @RestPath String department) {
        return publication.preview(ReportParams.year(year), ReportParams.scope(department));
    }
}
