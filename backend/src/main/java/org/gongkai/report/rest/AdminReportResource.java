package org.gongkai.report.rest;

import java.net.URI;
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
import org.gongkai.common.QueryParams;
import org.gongkai.report.ReportRegisterService;
import org.gongkai.report.api.RegisterUpdate;
import org.gongkai.report.api.RegisterView;
import org.gongkai.report.api.ReviewCaseCreate;
import org.gongkai.report.api.ReviewCaseUpdate;
import org.gongkai.report.api.ReviewCaseView;
import org.gongkai.security.Roles;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/admin/reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.STAFF, Roles.ADMIN })
@SecurityRequirement(name = ApiDocs.SECURITY_SCHEME)
@Tag(name = "Admin: annual report", description = "What the report needs from outside the portal: the year's entered figures of table 二 and the register of reviews and lawsuits (table 四).")
public class AdminReportResource {

    private final ReportRegisterService registers;

    public AdminReportResource(ReportRegisterService registers) {
        this.registers = registers;
    }

    @GET
    @Path("/{year}/register/{department}")
    @Operation(operationId = "getReportRegister", summary = "A department's entered figures of a year", description = "ETag \"-1\" while nothing is entered: send it in If-Match to enter the first figures.")
    @APIResponse(responseCode = "200", description = "The figures.", headers = @Header(name = "ETag", description = "Version to send in If-Match.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RegisterView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public Uni<Response> register(@Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "2008", maximum = "2100")) @RestPath String year,
            @Parameter(schema = @Schema(type = SchemaType.STRING)) @RestPath String department) {
        return registers.register(ReportParams.year(year), QueryParams.code("department", department)).map(v -> EntityTags.versioned(v.body(), v.version()));
    }

    @PUT
    @Path("/{year}/register/{department}")
    @Operation(operationId = "enterReportRegister", summary = "Enter the figures", description = "行政许可, 行政处罚, 行政强制 decisions and 行政事业性收费 (万元), marked in the report as entered, not computed.")
    @APIResponse(responseCode = "200", description = "Saved.", headers = @Header(name = "ETag", description = "The new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RegisterView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    public Uni<Response> enter(@Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "2008", maximum = "2100")) @RestPath String year,
            @Parameter(schema = @Schema(type = SchemaType.STRING)) @RestPath String department,
            @Parameter(description = "ETag of the figures as read.", required = true) @RestHeader("If-Match") String ifMatch,
            @NotNull @Valid RegisterUpdate body) {
        return registers.enter(ReportParams.year(year), QueryParams.code("department", department), ifMatch, body).map(v -> EntityTags.versioned(v.body(), v.version()));
    }

    @GET
    @Path("/review-cases")
    @Operation(operationId = "listReviewCases", summary = "Reviews and lawsuits", description = "The department's (admins: all, or one).")
    @APIResponse(responseCode = "200", description = "The cases.", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ReviewCaseView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public Uni<List<ReviewCaseView>> reviewCases(@Parameter(description = "Department code.") @RestQuery String department) {
        return registers.reviewCases(department == null || department.isBlank() ? null : QueryParams.code("department", department));
    }

    @POST
    @Path("/review-cases")
    @Operation(operationId = "createReviewCase", summary = "Register a review or lawsuit")
    @APIResponse(responseCode = "201", description = "Registered.", headers = @Header(name = "ETag", description = "Version to send in If-Match.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ReviewCaseView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Uni<Response> create(@NotNull @Valid ReviewCaseCreate body) {
        return registers.createReviewCase(body).map(v -> Response.fromResponse(EntityTags.versioned(v.body(), v.version())).status(201)
                .location(URI.create("/api/v1/admin/reports/review-cases/" + v.body().id())).build());
    }

    @GET
    @Path("/review-cases/{id}")
    @Operation(operationId = "getReviewCase", summary = "A review or lawsuit")
    @APIResponse(responseCode = "200", description = "The case.", headers = @Header(name = "ETag", description = "Version to send in If-Match.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ReviewCaseView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Uni<Response> reviewCase(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestPath String id) {
        return registers.reviewCase(QueryParams.uuid("id", id)).map(v -> EntityTags.versioned(v.body(), v.version()));
    }

    @PUT
    @Path("/review-cases/{id}")
    @Operation(operationId = "updateReviewCase", summary = "Record the result", description = "PENDING without a date, or the result with the day it was decided.")
    @APIResponse(responseCode = "200", description = "Saved.", headers = @Header(name = "ETag", description = "The new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ReviewCaseView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    public Uni<Response> update(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestPath String id,
            @Parameter(description = "ETag of the case as read.", required = true) @RestHeader("If-Match") String ifMatch,
            @NotNull @Valid ReviewCaseUpdate body) {
        return registers.updateReviewCase(QueryParams.uuid("id", id), ifMatch, body).map(v -> EntityTags.versioned(v.body(), v.version()));
    }
}
