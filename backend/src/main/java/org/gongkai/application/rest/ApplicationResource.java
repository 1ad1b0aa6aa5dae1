package org.gongkai.application.rest;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.application.ApplicationService;
import org.gongkai.application.api.ApplicationSubmit;
import org.gongkai.application.api.SubmissionReceipt;
import org.gongkai.application.api.TrackingView;
import org.gongkai.common.ApiDocs;
import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.application.ApplicationStatisticsService;
import org.gongkai.application.api.StatisticsView;
import jakarta.ws.rs.core.Request;

import org.gongkai.common.CacheableResponses;
import org.gongkai.common.DomainException;
import org.jboss.resteasy.reactive.RestResponse;
import org.gongkai.common.QueryParams;
import org.gongkai.security.Roles;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Applications", description = "On-request disclosure (依申请公开, Regulation 2019 Arts. 27–45): applying online, and following a case by its number.")
public class ApplicationResource {

    private final ApplicationService applications;
    private final ApplicationStatisticsService statistics;
    private final CacheableResponses responses;
    private final Clock clock;

    public ApplicationResource(ApplicationService applications, ApplicationStatisticsService statistics, CacheableResponses responses, Clock clock) {
        this.applications = applications;
        this.statistics = statistics;
        this.responses = responses;
        this.clock = clock;
    }

    @POST
    @RolesAllowed(Roles.APPLICANT)
    @SecurityRequirement(name = ApiDocs.SECURITY_SCHEME)
    @Operation(operationId = "submitApplication", summary = "Apply for government information",
            description = "Records the application and answers at once with its tracking number, verification code, receipt date and reply deadline. Send a new Idempotency-Key per application: a retry with the same key gets the same receipt, never a second case.")
    @APIResponse(responseCode = "201", description = "Received.", content = @Content(schema = @Schema(implementation = SubmissionReceipt.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Uni<Response> submit(
            @Parameter(description = "A unique key per application (e.g. a UUID), the same for every retry of it.", required = true,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100, examples = "5b0c8f3e-7d2a-4c51-9a7e-2f6f1c9d3b10")) @RestHeader("Idempotency-Key") String idempotencyKey,
            @NotNull @Valid ApplicationSubmit body) {
        return applications.submit(key(idempotencyKey), body).map(receipt -> Response.status(201).entity(receipt)
                .location(URI.create("/api/v1/me/applications/" + receipt.id())).build());
    }

    @GET
    @Path("/track")
    @PermitAll
    @Operation(operationId = "trackApplication", summary = "Follow a case", description = "State and dates of a case for whoever holds its tracking number and verification code; no personal data.")
    @APIResponse(responseCode = "200", description = "The case.", content = @Content(schema = @Schema(implementation = TrackingView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Uni<TrackingView> track(
            @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, maxLength = 20, examples = "YSQ2026-000123")) @RestQuery String number,
            @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, maxLength = 20, examples = "7KQ2MX4P")) @RestQuery String code) {
        String n = QueryParams.text("number", number, 20);
        String c = QueryParams.text("code", code, 20);
        if (n == null || c == null) {
            throw new DomainException.InvalidInput(n == null ? "number" : "code", "required", "'number' and 'code' are required.");
        }
        return applications.track(n, c);
    }

    @GET
    @Path("/statistics")
    @PermitAll
    @Operation(operationId = "getApplicationStatistics", summary = "Statistics of a year's applications",
            description = "For the city or one department: received, handled, on time, working days to reply (median, 90th percentile) and outcomes. No personal data.")
    @APIResponse(responseCode = "200", description = "The figures.", content = @Content(schema = @Schema(implementation = StatisticsView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "422", ref = ApiDocs.UNPROCESSABLE)
    public Uni<RestResponse<StatisticsView>> statistics(Request request,
            @Parameter(description = "The year; this year by default.", schema = @Schema(type = SchemaType.INTEGER, minimum = "2008", maximum = "2100")) @RestQuery String year,
            @Parameter(description = "Department code; the whole city when absent.") @RestQuery String department) {
        int y = QueryParams.integer("year", year, LocalDate.now(clock).getYear(), 2008, 2100);
        return statistics.of(y, department == null || department.isBlank() ? null : QueryParams.code("department", department))
                .map(view -> responses.fresh(request, view));
    }

    static String key(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new DomainException.InvalidInput("Idempotency-Key", "required", "Send an Idempotency-Key header, the same for every retry of this application.");
        }
        String key = raw.strip();
        if (key.length() > 100 || !key.matches("[\\x21-\\x7E]+")) {
            throw new DomainException.InvalidInput("Idempotency-Key", "invalid", "The Idempotency-Key is at most 100 visible ASCII characters.");
        }
        return key;
    }
}
