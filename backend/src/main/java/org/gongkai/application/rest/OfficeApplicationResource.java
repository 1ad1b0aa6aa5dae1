package org.gongkai.application.rest;

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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.application.OfficeService;
import org.gongkai.application.RequestState;
import org.gongkai.application.api.CorrectionRequest;
import org.gongkai.application.api.OfficeApplicationEdit;
import org.gongkai.application.api.OfficeApplicationSummary;
import org.gongkai.application.api.OfficeApplicationView;
import org.gongkai.application.api.ReplyRequest;
import org.gongkai.common.ApiDocs;
import org.gongkai.common.EntityTags;
import org.gongkai.common.Page;
import org.gongkai.common.QueryParams;
import org.gongkai.application.api.NoteRequest;
import org.gongkai.security.Roles;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/admin/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.STAFF, Roles.ADMIN })
@SecurityRequirement(name = ApiDocs.SECURITY_SCHEME)
@Tag(name = "Admin: applications", description = "The department's disclosure office handles its cases: inbox, correction requests, replies, internal notes.")
public class OfficeApplicationResource {

    private final OfficeService office;

    public OfficeApplicationResource(OfficeService office) {
        this.office = office;
    }

    @GET
    @Operation(operationId = "listOfficeApplications", summary = "The inbox", description = "The department's cases (admins: every department, or one), open ones first by deadline.")
    @APIResponse(responseCode = "200", description = "A page of cases.")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public Uni<Page<OfficeApplicationSummary>> inbox(@Parameter(description = "Department code.") @RestQuery String department,
            @Parameter(schema = @Schema(ref = "ApplicationState")) @RestQuery String state,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100000")) @RestQuery String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100")) @RestQuery String size) {
        return office.inbox(department == null || department.isBlank() ? null : QueryParams.code("department", department),
                QueryParams.enumeration("state", state, RequestState.class), QueryParams.page(page, size));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getOfficeApplication", summary = "A case", description = "With the applicant's identity and contacts (the ID number masked); every read is audited.")
    @APIResponse(responseCode = "200", description = "The case.", headers = @Header(name = "ETag", description = "Version to send in If-Match.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = OfficeApplicationView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Uni<Response> get(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestPath String id) {
        return office.get(QueryParams.uuid("id", id)).map(OfficeApplicationResource::tagged);
    }

    @POST
    @Path("/{id}/correction-request")
    @Operation(operationId = "requestApplicationCorrection", summary = "Ask for a correction (补正)", description = "Once per case, within 7 working days of receipt, listing everything needed, with the applicant's deadline. The reply clock stands until the correction arrives.")
    @OfficeWriteResponses
    public Uni<Response> correction(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestPath String id,
            @Parameter(description = "ETag of the case as read.", required = true) @RestHeader("If-Match") String ifMatch,
            @NotNull @Valid CorrectionRequest body) {
        return office.requestCorrection(QueryParams.uuid("id", id), ifMatch, body).map(OfficeApplicationResource::tagged);
    }

    @POST
    @Path("/{id}/reply")
    @Operation(operationId = "replyToApplication", summary = "Reply", description = "Closes the case with exactly one outcome of table 三 and its sub-reason where it has them.")
    @OfficeWriteResponses
    public Uni<Response> reply(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestPath String id,
            @Parameter(description = "ETag of the case as read.", required = true) @RestHeader("If-Match") String ifMatch,
            @NotNull @Valid ReplyRequest body) {
        return office.reply(QueryParams.uuid("id", id), ifMatch, body).map(OfficeApplicationResource::tagged);
    }

    @POST
    @Path("/{id}/notes")
    @Operation(operationId = "addApplicationNote", summary = "Add an internal note", description = "A note on the case's timeline that the applicant never sees.")
    @OfficeWriteResponses
    public Uni<Response> note(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestPath String id,
            @Parameter(description = "ETag of the case as read.", required = true) @RestHeader("If-Match") String ifMatch,
            @NotNull @Valid NoteRequest body) {
        return office.note(QueryParams.uuid("id", id), ifMatch, body.note()).map(OfficeApplicationResource::tagged);
    }

    private static Response tagged(OfficeApplicationEdit e) {
        return EntityTags.versioned(e.application(), e.version());
    }

    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target(java.lang.annotation.ElementType.METHOD)
    @APIResponse(responseCode = "200", description = "Done.", headers = @Header(name = "ETag", description = "The new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = OfficeApplicationView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    @interface OfficeWriteResponses {
    }
}
