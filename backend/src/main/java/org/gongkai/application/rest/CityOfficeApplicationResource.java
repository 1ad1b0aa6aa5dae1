package org.gongkai.application.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.application.OfficeClockService;
import org.gongkai.application.OfficeService;
import org.gongkai.application.api.ExtensionDecision;
import org.gongkai.application.api.TransferRequest;
import org.gongkai.common.ApiDocs;
import org.gongkai.common.QueryParams;
import org.gongkai.security.Roles;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

import io.smallrye.mutiny.Uni;

/** What the city's open-government office (admins) decides on any department's case. */
@Path("/api/v1/admin/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = ApiDocs.SECURITY_SCHEME)
@Tag(name = "City office: applications", description = "The office's head approves extensions; the city's office transfers cases between departments.")
public class CityOfficeApplicationResource {

    private final OfficeService office;
    private final OfficeClockService clock;

    public CityOfficeApplicationResource(OfficeService office, OfficeClockService clock) {
        this.office = office;
        this.clock = clock;
    }

    @POST
    @Path("/{id}/transfer")
    @Operation(operationId = "transferApplication", summary = "Transfer to another department", description = "By the city's office (admins): the case moves to the department that holds the information; the clock runs on.")
    @OfficeWriteResponses
    public Uni<Response> transfer(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestPath String id,
            @Parameter(description = "ETag of the case as read.", required = true) @RestHeader("If-Match") String ifMatch,
            @NotNull @Valid TransferRequest body) {
        return office.transfer(QueryParams.uuid("id", id), ifMatch, body).map(OfficeApplicationResource::tagged);
    }

    @POST
    @Path("/{id}/extension/decision")
    @Operation(operationId = "decideApplicationExtension", summary = "Approve or decline the extension",
            description = "By an admin who did not ask for it. Approved, the deadline moves by the working days granted and the applicant is notified.")
    @OfficeWriteResponses
    public Uni<Response> decide(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestPath String id,
            @Parameter(description = "ETag of the case as read.", required = true) @RestHeader("If-Match") String ifMatch,
            @NotNull @Valid ExtensionDecision body) {
        return clock.decideExtension(QueryParams.uuid("id", id), ifMatch, body).map(OfficeApplicationResource::tagged);
    }
}
