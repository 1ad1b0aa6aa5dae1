package org.gongkai.catalogue.rest;

import java.net.URI;
import java.util.EnumSet;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.gongkai.catalogue.ItemStatus;
import org.gongkai.catalogue.StaffCatalogueService;
import org.gongkai.catalogue.api.AdminServiceSummary;
import org.gongkai.catalogue.api.AdminServiceView;
import org.gongkai.catalogue.api.AdminVersionSummary;
import org.gongkai.catalogue.api.PublishRequest;
import org.gongkai.catalogue.api.ScheduleRequest;
import org.gongkai.catalogue.api.ServiceCreate;
import org.gongkai.catalogue.api.ValidationReport;
import org.gongkai.catalogue.guide.ServiceGuide;
import org.gongkai.common.ApiDocs;
import org.gongkai.common.EntityTags;
import org.gongkai.common.Page;
import org.gongkai.common.QueryParams;
import org.gongkai.security.Roles;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

import io.smallrye.mutiny.Uni;

/** Staff work on their department's items; admins on every department's. */
@Path("/api/v1/admin/services")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.STAFF, Roles.ADMIN })
@SecurityRequirement(name = ApiDocs.SECURITY_SCHEME)
@Tag(name = "Admin: services", description = "Drafting, validating and publishing service guides (staff of the item's department, or admin).")
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
@APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
public class AdminServiceResource {

    private static final String ID_DOC = "The item's id.";

    private final StaffCatalogueService editor;

    public AdminServiceResource(StaffCatalogueService editor) {
        this.editor = editor;
    }

    @GET
    @Operation(operationId = "listMyServices", summary = "List my department's items, drafts included",
            description = "Staff see their own department (asking for another one is refused); admins see all departments or the one asked for.")
    @APIResponse(responseCode = "200", description = "A page of items.")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    public Uni<Page<AdminServiceSummary>> list(@BeanParam CatalogueParams params) {
        var all = EnumSet.allOf(ItemStatus.class);
        return editor.list(params.query(all, all), params.pageRequest());
    }

    @POST
    @Operation(operationId = "createService", summary = "Create an item with a first draft", description = "The item stays a draft, invisible to the public, until it is published.")
    @APIResponse(responseCode = "201", description = "Created.", headers = @Header(name = "ETag", description = "Version to send in If-Match.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AdminServiceView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Uni<Response> create(@NotNull @Valid ServiceCreate body) {
        return editor.create(body).map(view -> Response.fromResponse(tagged(view)).status(201)
                .location(URI.create("/api/v1/admin/services/" + view.id())).build());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getServiceForEdit", summary = "Get an item for editing", description = "Published guide and working draft; the ETag is the version to send in If-Match.")
    @APIResponse(responseCode = "200", description = "The item.", headers = @Header(name = "ETag", description = "Version to send in If-Match.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AdminServiceView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Uni<Response> get(@Parameter(description = ID_DOC, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestPath String id) {
        return editor.get(QueryParams.uuid("id", id)).map(AdminServiceResource::tagged);
    }

    @PUT
    @Path("/{id}/draft")
    @Operation(operationId = "saveServiceDraft", summary = "Save the draft", description = "Replaces the working draft. Only the structure is checked here; the data-quality rules apply on validation and publication.")
    @APIResponse(responseCode = "200", description = "Saved.", headers = @Header(name = "ETag", description = "The new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AdminServiceView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    public Uni<Response> saveDraft(@Parameter(description = ID_DOC, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestPath String id,
            @Parameter(description = "ETag of the version being edited.", required = true) @RestHeader("If-Match") String ifMatch,
            @NotNull @Valid ServiceGuide body) {
        return editor.saveDraft(QueryParams.uuid("id", id), ifMatch, body).map(AdminServiceResource::tagged);
    }

    @DELETE
    @Path("/{id}/draft")
    @Operation(operationId = "discardServiceDraft", summary = "Discard the draft", description = "Drops unpublished changes of a published item.")
    @APIResponse(responseCode = "200", description = "Discarded.", headers = @Header(name = "ETag", description = "The new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AdminServiceView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    public Uni<Response> discardDraft(@Parameter(description = ID_DOC, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestPath String id,
            @Parameter(description = "ETag of the version being edited.", required = true) @RestHeader("If-Match") String ifMatch) {
        return editor.discardDraft(QueryParams.uuid("id", id), ifMatch).map(AdminServiceResource::tagged);
    }

    @POST
    @Path("/{id}/validation")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "validateServiceDraft", summary = "Check the draft against the data-quality rules", description = "Reports every problem with the field it concerns; changes nothing.")
    @APIResponse(responseCode = "200", description = "The report.", content = @Content(schema = @Schema(implementation = ValidationReport.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Uni<ValidationReport> validate(@Parameter(description = ID_DOC, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestPath String id) {
        return editor.validate(QueryParams.uuid("id", id));
    }

    @POST
    @Path("/{id}/publication")
    @Operation(operationId = "publishService", summary = "Publish the draft as a new version",
            description = "Checks the data-quality rules (422 with field errors when they fail), then publishes the draft as a new immutable version with the change note; the previous version becomes SUPERSEDED.")
    @APIResponse(responseCode = "200", description = "Published.", headers = @Header(name = "ETag", description = "The new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AdminServiceView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ApiDocs.UNPROCESSABLE)
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    public Uni<Response> publish(@Parameter(description = ID_DOC, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestPath String id,
            @Parameter(description = "ETag of the version being published.", required = true) @RestHeader("If-Match") String ifMatch,
            @NotNull @Valid PublishRequest body) {
        return editor.publish(QueryParams.uuid("id", id), ifMatch, body).map(AdminServiceResource::tagged);
    }

    @PUT
    @Path("/{id}/schedule")
    @Operation(operationId = "scheduleServiceStatus", summary = "Schedule a suspension, cancellation or resumption",
            description = "The change takes effect on the given date (at once when it is today) and is published then as a new version.")
    @APIResponse(responseCode = "200", description = "Scheduled.", headers = @Header(name = "ETag", description = "The new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AdminServiceView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    public Uni<Response> schedule(@Parameter(description = ID_DOC, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestPath String id,
            @Parameter(description = "ETag of the version being changed.", required = true) @RestHeader("If-Match") String ifMatch,
            @NotNull @Valid ScheduleRequest body) {
        return editor.schedule(QueryParams.uuid("id", id), ifMatch, body).map(AdminServiceResource::tagged);
    }

    @DELETE
    @Path("/{id}/schedule")
    @Operation(operationId = "cancelServiceSchedule", summary = "Withdraw a scheduled status change")
    @APIResponse(responseCode = "200", description = "Withdrawn.", headers = @Header(name = "ETag", description = "The new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AdminServiceView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    public Uni<Response> cancelSchedule(@Parameter(description = ID_DOC, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestPath String id,
            @Parameter(description = "ETag of the version being changed.", required = true) @RestHeader("If-Match") String ifMatch) {
        return editor.cancelSchedule(QueryParams.uuid("id", id), ifMatch).map(AdminServiceResource::tagged);
    }

    @GET
    @Path("/{id}/versions")
    @Operation(operationId = "getServiceVersionsWithPublishers", summary = "Get the version history with publishers")
    @APIResponse(responseCode = "200", description = "The history, newest first.",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AdminVersionSummary.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Uni<java.util.List<AdminVersionSummary>> history(
            @Parameter(description = ID_DOC, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestPath String id) {
        return editor.history(QueryParams.uuid("id", id));
    }

    private static Response tagged(AdminServiceView view) {
        return EntityTags.versioned(view, view.lockVersion());
    }
}
