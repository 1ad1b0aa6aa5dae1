package org.gongkai.application.rest;

import java.util.List;
import java.util.Map;

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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.ws.rs.core.Request;

import org.gongkai.application.ApplicantAttachmentService;
import org.gongkai.application.ApplicationService;
import org.gongkai.application.OfficeService;
import org.gongkai.files.Downloads;
import org.gongkai.application.api.CorrectionSubmit;
import org.gongkai.application.api.MyApplicationView;
import org.gongkai.common.ApiDocs;
import org.gongkai.common.EntityTags;
import org.gongkai.common.QueryParams;
import org.gongkai.security.Roles;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/me/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.APPLICANT)
@SecurityRequirement(name = ApiDocs.SECURITY_SCHEME)
@Tag(name = "My applications", description = "An applicant's own cases: the timeline, correction requests to answer, the reply, withdrawal.")
public class MyApplicationResource {

    private final ApplicationService applications;
    private final OfficeService office;
    private final ApplicantAttachmentService attachments;

    public MyApplicationResource(ApplicationService applications, OfficeService office, ApplicantAttachmentService attachments) {
        this.applications = applications;
        this.office = office;
        this.attachments = attachments;
    }

    @GET
    @Operation(operationId = "listMyApplications", summary = "My applications", description = "The caller's cases, newest first, each with its clock.")
    @APIResponse(responseCode = "200", description = "The cases.", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = MyApplicationView.class)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public Uni<List<MyApplicationView>> list() {
        return applications.mine();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMyApplication", summary = "One of my applications", description = "The case with its timeline (the office's internal notes left out) and its ETag.")
    @APIResponse(responseCode = "200", description = "The case.", headers = @Header(name = "ETag", description = "Version to send in If-Match.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MyApplicationView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Uni<Response> get(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestPath String id) {
        return applications.mineOne(QueryParams.uuid("id", id)).map(MyApplicationResource::tagged);
    }

    @POST
    @Path("/{id}/correction")
    @Operation(operationId = "correctMyApplication", summary = "Send the correction asked for", description = "The corrected description; the reply clock starts again from today.")
    @MyWriteResponses
    public Uni<Response> correct(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestPath String id,
            @Parameter(description = "ETag of the case as read.", required = true) @RestHeader("If-Match") String ifMatch,
            @NotNull @Valid CorrectionSubmit body) {
        return applications.correct(QueryParams.uuid("id", id), ifMatch, body.description()).map(MyApplicationResource::tagged);
    }

    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "withdrawMyApplication", summary = "Withdraw an application", description = "Ends an open case at the applicant's wish.")
    @MyWriteResponses
    public Uni<Response> withdraw(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestPath String id,
            @Parameter(description = "ETag of the case as read.", required = true) @RestHeader("If-Match") String ifMatch) {
        return applications.withdraw(QueryParams.uuid("id", id), ifMatch).map(MyApplicationResource::tagged);
    }

    @POST
    @Path("/{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "attachToMyApplication", summary = "Attach material to an open application",
            description = "The file's bytes as the body: a PDF or a PNG, JPEG or GIF image, its type told by its content, at most 20 MiB; at most "
                    + "5 files per application. The office sees it with the case.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @MyWriteResponses
    @APIResponse(responseCode = "413", ref = ApiDocs.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_TYPE)
    public Uni<Response> attach(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestPath String id,
            @Parameter(description = "ETag of the case as read.", required = true) @RestHeader("If-Match") String ifMatch,
            @Parameter(description = "The file's name with its extension.", required = true,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200, examples = "所需文件线索.pdf")) @RestQuery String fileName,
            byte[] body) {
        return attachments.attach(QueryParams.uuid("id", id), ifMatch, fileName, body).map(MyApplicationResource::tagged);
    }

    @GET
    @Path("/{id}/attachments/{position}")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadMyApplicationDocument", summary = "Download a document of the case", description = "My own material at any time; a document of the reply once the reply is sent.")
    @APIResponse(responseCode = "200", description = "The file, with its type and name.", content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Uni<Response> download(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestPath String id,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000")) @RestPath String position, Request request) {
        return applications.myDocument(QueryParams.uuid("id", id), QueryParams.integer("position", position, 1, 1, 1000))
                .map(f -> Downloads.of(request, f, false));
    }

    @GET
    @Path("/{id}/reply-letter")
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "getMyReplyLetter", summary = "The reply letter (告知书)", description = "A printable HTML page, once the case is replied to or closed.")
    @APIResponse(responseCode = "200", description = "The letter.", content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Uni<Response> letter(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestPath String id) {
        return office.myReplyLetter(QueryParams.uuid("id", id)).map(OfficeApplicationResource::html);
    }

    private static Response tagged(Map.Entry<MyApplicationView, Long> e) {
        return EntityTags.versioned(e.getKey(), e.getValue());
    }

    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target(java.lang.annotation.ElementType.METHOD)
    @APIResponse(responseCode = "200", description = "Done.", headers = @Header(name = "ETag", description = "The new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MyApplicationView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    @interface MyWriteResponses {
    }
}
