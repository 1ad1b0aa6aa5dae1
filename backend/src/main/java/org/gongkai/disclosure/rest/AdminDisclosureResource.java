package org.gongkai.disclosure.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.files.Downloads;
import org.gongkai.common.ApiDocs;
import org.gongkai.common.EntityTags;
import org.gongkai.common.Page;
import org.gongkai.common.QueryParams;
import org.gongkai.disclosure.DisclosureFileService;
import org.gongkai.disclosure.DisclosureService;
import org.gongkai.disclosure.DraftState;
import org.gongkai.disclosure.RecordKind;
import org.gongkai.disclosure.api.AdminDisclosureSummary;
import org.gongkai.disclosure.api.AdminDisclosureView;
import org.gongkai.disclosure.api.DisclosureCreate;
import org.gongkai.disclosure.api.DisclosureEdit;
import org.gongkai.disclosure.api.DueRecord;
import org.gongkai.disclosure.api.InterpretationCoverage;
import org.gongkai.disclosure.api.ValidityChange;
import org.gongkai.disclosure.api.WorkflowNote;
import org.gongkai.disclosure.content.DisclosureContent;
import org.gongkai.security.Roles;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/admin/disclosures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.STAFF, Roles.ADMIN })
@SecurityRequirement(name = ApiDocs.SECURITY_SCHEME)
@Tag(name = "Admin: disclosures", description = "Departments keep their disclosure catalogue: drafts, submission to the confidentiality review, withdrawal, validity; the Art. 26 deadlines and the interpretation coverage.")
public class AdminDisclosureResource {

    static final String ETAG_HEADER = "Version to send in If-Match.";

    private final DisclosureService disclosures;
    private final DisclosureFileService files;

    public AdminDisclosureResource(DisclosureService disclosures, DisclosureFileService files) {
        this.disclosures = disclosures;
        this.files = files;
    }

    @GET
    @Operation(operationId = "listAdminDisclosures", summary = "List the department's records", description = "Published or not, most recently changed first, by kind and draft state. Staff see their own department; admins every department, or one with `department`.")
    @APIResponse(responseCode = "200", description = "A page of records.")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public Uni<Page<AdminDisclosureSummary>> list(@Parameter(description = "Department code.") @RestQuery String department,
            @Parameter(schema = @Schema(ref = "DisclosureKind")) @RestQuery String kind,
            @Parameter(schema = @Schema(ref = "DisclosureDraftState")) @RestQuery String draftState,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100000")) @RestQuery String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100")) @RestQuery String size) {
        return disclosures.list(department == null || department.isBlank() ? null : QueryParams.code("department", department),
                QueryParams.enumeration("kind", kind, RecordKind.class), QueryParams.enumeration("draftState", draftState, DraftState.class),
                QueryParams.page(page, size));
    }

    @GET
    @Path("/due")
    @Operation(operationId = "listDisclosuresDue", summary = "Art. 26: unpublished changes and their deadlines", description = "Every record with unpublished changes, oldest first, with the day it must be public (20 working days after the change began), what is due within 5 working days and what is overdue.")
    @APIResponse(responseCode = "200", description = "The records.", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DueRecord.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public Uni<List<DueRecord>> due(@Parameter(description = "Department code.") @RestQuery String department) {
        return disclosures.due(department == null || department.isBlank() ? null : QueryParams.code("department", department));
    }

    @GET
    @Path("/interpretation-coverage")
    @Operation(operationId = "getInterpretationCoverage", summary = "Policy documents still lacking an interpretation", description = "Per department: published policy and normative documents, how many have a published interpretation, and which do not (seed part 六).")
    @APIResponse(responseCode = "200", description = "The report.", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = InterpretationCoverage.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public Uni<List<InterpretationCoverage>> coverage(@Parameter(description = "Department code.") @RestQuery String department) {
        return disclosures.interpretationCoverage(department == null || department.isBlank() ? null : QueryParams.code("department", department));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.STAFF, Roles.ADMIN, Roles.REVIEWER })
    @Operation(operationId = "getAdminDisclosure", summary = "Get a record for editing or review", description = "The draft, the version public now and the workflow, with the ETag to send in If-Match. Staff read their department's records, admins and reviewers every department's.")
    @APIResponse(responseCode = "200", description = "The record.", headers = @Header(name = "ETag", description = ETAG_HEADER, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AdminDisclosureView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Uni<Response> get(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestPath String id) {
        return disclosures.get(QueryParams.uuid("id", id)).map(AdminDisclosureResource::tagged);
    }

    @POST
    @Operation(operationId = "createDisclosure", summary = "Create a record", description = "A new draft of the department's catalogue, with its 索引号 assigned at once. Its Art. 26 clock starts now.")
    @APIResponse(responseCode = "201", description = "Created.", headers = @Header(name = "ETag", description = ETAG_HEADER, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AdminDisclosureView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public Uni<Response> create(@NotNull @Valid DisclosureCreate body) {
        return disclosures.create(body).map(e -> Response.fromResponse(tagged(e)).status(201)
                .location(URI.create("/api/v1/admin/disclosures/" + e.record().id())).build());
    }

    @PUT
    @Path("/{id}/draft")
    @Operation(operationId = "saveDisclosureDraft", summary = "Save the draft", description = "Replaces the unpublished changes (the body is cleaned of scripts, event handlers and javascript: links). Not while the record is in review.")
    @WriteResponses
    public Uni<Response> saveDraft(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestPath String id,
            @Parameter(description = "ETag of the version being edited.", required = true) @RestHeader("If-Match") String ifMatch,
            @NotNull @Valid DisclosureContent body) {
        return disclosures.saveDraft(QueryParams.uuid("id", id), ifMatch, body).map(AdminDisclosureResource::tagged);
    }

    @DELETE
    @Path("/{id}/draft")
    @Operation(operationId = "discardDisclosureDraft", summary = "Discard the draft", description = "Drops the unpublished changes of a published record.")
    @WriteResponses
    public Uni<Response> discardDraft(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestPath String id,
            @Parameter(description = "ETag of the version being edited.", required = true) @RestHeader("If-Match") String ifMatch) {
        return disclosures.discardDraft(QueryParams.uuid("id", id), ifMatch).map(AdminDisclosureResource::tagged);
    }

    @POST
    @Path("/{id}/submit")
    @Operation(operationId = "submitDisclosure", summary = "Submit for the confidentiality review", description = "Checks the publication rules (422 with every problem) and sends the draft to review, with its change note.")
    @WriteResponses
    @APIResponse(responseCode = "422", ref = ApiDocs.UNPROCESSABLE)
    public Uni<Response> submit(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestPath String id,
            @Parameter(description = "ETag of the version being edited.", required = true) @RestHeader("If-Match") String ifMatch,
            @NotNull @Valid WorkflowNote body) {
        return disclosures.submit(QueryParams.uuid("id", id), ifMatch, body.note()).map(AdminDisclosureResource::tagged);
    }

    @POST
    @Path("/{id}/withdraw")
    @Operation(operationId = "withdrawDisclosure", summary = "Withdraw a published record", description = "The record leaves the public catalogue at once; its history stays in the console.")
    @WriteResponses
    public Uni<Response> withdraw(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestPath String id,
            @Parameter(description = "ETag of the version being edited.", required = true) @RestHeader("If-Match") String ifMatch,
            @NotNull @Valid WorkflowNote body) {
        return disclosures.withdraw(QueryParams.uuid("id", id), ifMatch, body.note()).map(AdminDisclosureResource::tagged);
    }

    @POST
    @Path("/{id}/validity")
    @Operation(operationId = "changeDisclosureValidity", summary = "Mark a record expired, repealed or in force", description = "Publishes a new version with the new validity and its date; the text is unchanged, so no review is needed.")
    @WriteResponses
    public Uni<Response> validity(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestPath String id,
            @Parameter(description = "ETag of the version being edited.", required = true) @RestHeader("If-Match") String ifMatch,
            @NotNull @Valid ValidityChange body) {
        return disclosures.changeValidity(QueryParams.uuid("id", id), ifMatch, body).map(AdminDisclosureResource::tagged);
    }

    @POST
    @Path("/{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "uploadDisclosureAttachment", summary = "Upload a file to the draft",
            description = "The file's bytes as the body; its type is told by its content (PDF, OFD, PNG, JPEG, GIF, Word, Excel, PowerPoint, WPS), and must agree with the name's extension. At most 20 MiB and 20 files a record.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", description = "Added to the draft.", headers = @Header(name = "ETag", description = ETAG_HEADER, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AdminDisclosureView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "413", ref = ApiDocs.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_TYPE)
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    public Uni<Response> upload(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestPath String id,
            @Parameter(description = "ETag of the version being edited.", required = true) @RestHeader("If-Match") String ifMatch,
            @Parameter(description = "The file's name with its extension.", required = true,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200, examples = "通知.pdf")) @RestQuery String fileName,
            byte[] body) {
        return files.upload(QueryParams.uuid("id", id), ifMatch, fileName, body).map(e -> Response.fromResponse(tagged(e)).status(201).build());
    }

    @GET
    @Path("/{id}/attachments/{fileId}")
    @RolesAllowed({ Roles.STAFF, Roles.ADMIN, Roles.REVIEWER })
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadAdminDisclosureAttachment", summary = "Download a file of a record", description = "Any file uploaded to the record, published or not.")
    @APIResponse(responseCode = "200", description = "The file, with its type and name.", content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Uni<Response> download(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestPath String id,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestPath String fileId, Request request) {
        return files.staffDownload(QueryParams.uuid("id", id), QueryParams.uuid("fileId", fileId)).map(f -> Downloads.of(request, f, false));
    }

    static Response tagged(DisclosureEdit e) {
        return EntityTags.versioned(e.record(), e.version());
    }

    /** The answers every workflow step shares. */
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target(java.lang.annotation.ElementType.METHOD)
    @APIResponse(responseCode = "200", description = "Done.", headers = @Header(name = "ETag", description = ETAG_HEADER, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AdminDisclosureView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    @interface WriteResponses {
    }
}
