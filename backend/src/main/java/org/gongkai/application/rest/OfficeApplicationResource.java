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
import java.net.URI;
import java.util.List;

import jakarta.ws.rs.core.Request;

import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.gongkai.application.ApplicationService;
import org.gongkai.application.InboxBucket;
import org.gongkai.application.OfficeService;
import org.gongkai.application.api.AssignRequest;
import org.gongkai.application.api.InboxCounts;
import org.gongkai.application.api.StaffRegistration;
import org.gongkai.application.api.SubmissionReceipt;
import org.gongkai.application.api.TransferRequest;
import org.gongkai.files.Downloads;
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
import org.gongkai.security.StaffMember;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/admin/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.STAFF, Roles.ADMIN })
@SecurityRequirement(name = ApiDocs.SECURITY_SCHEME)
@Tag(name = "Admin: applications", description = "The department's disclosure office handles its cases: inbox, registration of letters, correction requests, consultations, the extension, fee notices, transfer, replies with documents and letter, internal notes.")
public class OfficeApplicationResource {

    private final OfficeService office;
    private final ApplicationService applications;

    public OfficeApplicationResource(OfficeService office, ApplicationService applications) {
        this.office = office;
        this.applications = applications;
    }

    @GET
    @Operation(operationId = "listOfficeApplications", summary = "The inbox", description = "The department's cases (admins: every department, or one), open ones first by deadline.")
    @APIResponse(responseCode = "200", description = "A page of cases.")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public Uni<Page<OfficeApplicationSummary>> inbox(@Parameter(description = "Department code.") @RestQuery String department,
            @Parameter(schema = @Schema(ref = "ApplicationState")) @RestQuery String state,
            @Parameter(description = "Open cases due soon, overdue or extended.", schema = @Schema(ref = "InboxBucket")) @RestQuery String bucket,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100000")) @RestQuery String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100")) @RestQuery String size) {
        return office.inbox(department == null || department.isBlank() ? null : QueryParams.code("department", department),
                QueryParams.enumeration("state", state, RequestState.class), QueryParams.enumeration("bucket", bucket, InboxBucket.class),
                QueryParams.page(page, size));
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

    @GET
    @Path("/counts")
    @Operation(operationId = "countOfficeApplications", summary = "The inbox's counts", description = "Open cases by where they stand, extensions awaiting approval, cases due within 5 working days and overdue ones.")
    @APIResponse(responseCode = "200", description = "The counts.", content = @Content(schema = @Schema(implementation = InboxCounts.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public Uni<InboxCounts> counts(@Parameter(description = "Department code.") @RestQuery String department) {
        return office.counts(department == null || department.isBlank() ? null : QueryParams.code("department", department));
    }

    @POST
    @Operation(operationId = "registerApplication", summary = "Register an application received by letter, in person or by fax",
            description = "The office records it for the applicant, with the channel and the day received; it runs on the same clock. Send a new Idempotency-Key per application.")
    @APIResponse(responseCode = "201", description = "Registered.", content = @Content(schema = @Schema(implementation = SubmissionReceipt.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Uni<Response> register(
            @Parameter(description = "A unique key per application, the same for every retry of it.", required = true,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)) @RestHeader("Idempotency-Key") String idempotencyKey,
            @NotNull @Valid StaffRegistration body) {
        return applications.register(ApplicationResource.key(idempotencyKey), body).map(receipt -> Response.status(201).entity(receipt)
                .location(URI.create("/api/v1/admin/applications/" + receipt.id())).build());
    }

    @GET
    @Path("/handlers")
    @Operation(operationId = "listApplicationHandlers", summary = "Who may handle the department's cases",
            description = "The department's staff from the city's identity service (user name and the name to show, nothing else), "
                    + "kept for up to a minute. Staff get their own department's list; admins name the department.")
    @APIResponse(responseCode = "200", description = "The staff, by name.",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = StaffMember.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
    public Uni<List<StaffMember>> handlers(@Parameter(description = "Department code (admins: required; staff: their own, the default).") @RestQuery String department) {
        return office.handlers(QueryParams.code("department", department));
    }

    @POST
    @Path("/{id}/assignment")
    @Operation(operationId = "assignApplication", summary = "Assign a handler",
            description = "Who in the office handles the case: a member of its department's staff (see `listApplicationHandlers`), else 422 naming `handler`.")
    @OfficeWriteResponses
    @APIResponse(responseCode = "422", ref = ApiDocs.UNPROCESSABLE)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
    public Uni<Response> assign(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestPath String id,
            @Parameter(description = "ETag of the case as read.", required = true) @RestHeader("If-Match") String ifMatch,
            @NotNull @Valid AssignRequest body) {
        return office.assign(QueryParams.uuid("id", id), ifMatch, body.handler()).map(OfficeApplicationResource::tagged);
    }

    @POST
    @Path("/{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "uploadApplicationDocument", summary = "Add a document to the reply",
            description = "The file's bytes as the body, its type told by its content (PDF, OFD, images, office documents), at most 20 MiB. The applicant can download it once the reply is sent.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", description = "Added.", headers = @Header(name = "ETag", description = "The new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = OfficeApplicationView.class)))
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
            @Parameter(description = "ETag of the case as read.", required = true) @RestHeader("If-Match") String ifMatch,
            @Parameter(description = "The file's name with its extension.", required = true,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200, examples = "答复材料.pdf")) @RestQuery String fileName,
            byte[] body) {
        return office.addDocument(QueryParams.uuid("id", id), ifMatch, fileName, body).map(e -> Response.fromResponse(tagged(e)).status(201).build());
    }

    @GET
    @Path("/{id}/attachments/{position}")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadOfficeApplicationDocument", summary = "Download a document of the reply")
    @APIResponse(responseCode = "200", description = "The file, with its type and name.", content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Uni<Response> download(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestPath String id,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000")) @RestPath String position, Request request) {
        return office.document(QueryParams.uuid("id", id), QueryParams.integer("position", position, 1, 1, 1000)).map(f -> Downloads.of(request, f, false));
    }

    @GET
    @Path("/{id}/reply-letter")
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "getOfficeReplyLetter", summary = "The reply letter (告知书)", description = "A printable HTML page of the reply, citing the article it rests on.")
    @APIResponse(responseCode = "200", description = "The letter.", content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Uni<Response> letter(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestPath String id) {
        return office.replyLetter(QueryParams.uuid("id", id)).map(OfficeApplicationResource::html);
    }

    static Response html(String page) {
        return Response.ok(page, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header("Cache-Control", "private, no-cache")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'").build();
    }

    static Response tagged(OfficeApplicationEdit e) {
        return EntityTags.versioned(e.application(), e.version());
    }
}
