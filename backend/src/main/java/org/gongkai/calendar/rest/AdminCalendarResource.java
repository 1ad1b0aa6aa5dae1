package org.gongkai.calendar.rest;

import java.net.URI;

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
import org.gongkai.calendar.WorkingCalendarService;
import org.gongkai.calendar.api.CalendarYearCreate;
import org.gongkai.calendar.api.CalendarYearEdit;
import org.gongkai.calendar.api.CalendarYearUpdate;
import org.gongkai.calendar.api.CalendarYearView;
import org.gongkai.common.ApiDocs;
import org.gongkai.common.EntityTags;
import org.gongkai.security.Roles;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/admin/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = ApiDocs.SECURITY_SCHEME)
@Tag(name = "Admin: calendar", description = "Entering each year's official holiday schedule when the State Council publishes it.")
public class AdminCalendarResource {

    private final WorkingCalendarService calendar;

    public AdminCalendarResource(WorkingCalendarService calendar) {
        this.calendar = calendar;
    }

    @GET
    @Path("/{year}")
    @Operation(operationId = "getCalendarYearForEdit", summary = "Get a year's schedule for editing", description = "The schedule with its ETag, to send back in If-Match when replacing it.")
    @APIResponse(responseCode = "200", description = "The schedule.", headers = @Header(name = "ETag", description = "Version to send in If-Match.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CalendarYearView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Uni<Response> get(@Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1900", maximum = "9999")) @RestPath String year) {
        return calendar.getForEdit(CalendarResource.year(year)).map(AdminCalendarResource::withTag);
    }

    @POST
    @Operation(operationId = "createCalendarYear", summary = "Enter a year's schedule", description = "The holidays and make-up working days of a year not entered yet.")
    @APIResponse(responseCode = "201", description = "Entered.", headers = @Header(name = "ETag", description = "Version to send in If-Match.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CalendarYearView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Uni<Response> create(@NotNull @Valid CalendarYearCreate body) {
        return calendar.create(body).map(y -> Response.fromResponse(withTag(y)).status(201)
                .location(URI.create("/api/v1/calendar/" + y.year().year())).build());
    }

    @PUT
    @Path("/{year}")
    @Operation(operationId = "updateCalendarYear", summary = "Replace a year's schedule", description = "Replaces the year's holidays and make-up days. Send the ETag you read in If-Match; a stale one gets 412 with the current ETag.")
    @APIResponse(responseCode = "200", description = "Replaced.", headers = @Header(name = "ETag", description = "The new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CalendarYearView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    public Uni<Response> update(@Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1900", maximum = "9999")) @RestPath String year,
            @Parameter(description = "ETag of the version being edited.", required = true) @RestHeader("If-Match") String ifMatch,
            @NotNull @Valid CalendarYearUpdate body) {
        return calendar.update(CalendarResource.year(year), ifMatch, body).map(AdminCalendarResource::withTag);
    }

    private static Response withTag(CalendarYearEdit y) {
        return EntityTags.versioned(y.year(), y.version());
    }
}
