package org.gongkai.disclosure.rest;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.common.ApiDocs;
import org.gongkai.common.Page;
import org.gongkai.common.QueryParams;
import org.gongkai.disclosure.DisclosureService;
import org.gongkai.disclosure.api.AdminDisclosureSummary;
import org.gongkai.disclosure.api.WorkflowNote;
import org.gongkai.security.Roles;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/review/disclosures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.REVIEWER)
@SecurityRequirement(name = ApiDocs.SECURITY_SCHEME)
@Tag(name = "Review: disclosures", description = "The confidentiality review (保密审查) before publication, by a reviewer who is not the record's author.")
public class ReviewResource {

    private final DisclosureService disclosures;

    public ReviewResource(DisclosureService disclosures) {
        this.disclosures = disclosures;
    }

    @GET
    @Operation(operationId = "listReviewQueue", summary = "The review queue", description = "Every department's records waiting for review, oldest submission first. Read one with getAdminDisclosure.")
    @APIResponse(responseCode = "200", description = "A page of records.")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public Uni<Page<AdminDisclosureSummary>> queue(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100000")) @RestQuery String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100")) @RestQuery String size) {
        return disclosures.reviewQueue(QueryParams.page(page, size));
    }

    @POST
    @Path("/{id}/approve")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "approveDisclosure", summary = "Clear and publish", description = "Publishes the draft as the record's next version. Refused (403) to the draft's author.")
    @AdminDisclosureResource.WriteResponses
    public Uni<Response> approve(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestPath String id,
            @Parameter(description = "ETag of the version reviewed.", required = true) @RestHeader("If-Match") String ifMatch) {
        return disclosures.approve(QueryParams.uuid("id", id), ifMatch).map(AdminDisclosureResource::tagged);
    }

    @POST
    @Path("/{id}/return")
    @Operation(operationId = "returnDisclosure", summary = "Return to the department", description = "Sends the draft back with what must change; the department edits and submits again.")
    @AdminDisclosureResource.WriteResponses
    public Uni<Response> returnToAuthor(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestPath String id,
            @Parameter(description = "ETag of the version reviewed.", required = true) @RestHeader("If-Match") String ifMatch,
            @NotNull @Valid WorkflowNote body) {
        return disclosures.returnToAuthor(QueryParams.uuid("id", id), ifMatch, body.note()).map(AdminDisclosureResource::tagged);
    }
}
