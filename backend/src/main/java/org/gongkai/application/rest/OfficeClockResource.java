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
import org.gongkai.application.api.ConsultationOpinion;
import org.gongkai.application.api.ConsultationRequest;
import org.gongkai.application.api.ExtensionRequest;
import org.gongkai.application.api.FeeNoticeRequest;
import org.gongkai.common.ApiDocs;
import org.gongkai.common.QueryParams;
import org.gongkai.security.Roles;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

import io.smallrye.mutiny.Uni;

/** The office's steps that pause or lengthen a case's clock. */
@Path("/api/v1/admin/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.STAFF, Roles.ADMIN })
@SecurityRequirement(name = ApiDocs.SECURITY_SCHEME)
@Tag(name = "Admin: applications")
public class OfficeClockResource {

    private final OfficeClockService clock;

    public OfficeClockResource(OfficeClockService clock) {
        this.clock = clock;
    }

    @POST
    @Path("/{id}/consultation")
    @Operation(operationId = "startApplicationConsultation", summary = "Consult a third party or a co-producing body",
            description = "Arts. 32 and 34: up to 15 working days for the opinion, which do not count toward the reply deadline. The applicant sees that a consultation runs, not whom.")
    @OfficeWriteResponses
    public Uni<Response> consult(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestPath String id,
            @Parameter(description = "ETag of the case as read.", required = true) @RestHeader("If-Match") String ifMatch,
            @NotNull @Valid ConsultationRequest body) {
        return clock.consult(QueryParams.uuid("id", id), ifMatch, body).map(OfficeApplicationResource::tagged);
    }

    @POST
    @Path("/{id}/consultation/opinion")
    @Operation(operationId = "endApplicationConsultation", summary = "Record the opinion", description = "Ends the consultation; the clock runs again.")
    @OfficeWriteResponses
    public Uni<Response> opinion(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestPath String id,
            @Parameter(description = "ETag of the case as read.", required = true) @RestHeader("If-Match") String ifMatch,
            @NotNull @Valid ConsultationOpinion body) {
        return clock.endConsultation(QueryParams.uuid("id", id), ifMatch, body.opinion()).map(OfficeApplicationResource::tagged);
    }

    @POST
    @Path("/{id}/extension")
    @Operation(operationId = "requestApplicationExtension", summary = "Ask to extend the reply period",
            description = "Art. 33: once, by at most 20 working days, with a reason; the office's head (an admin other than the one asking) decides.")
    @OfficeWriteResponses
    public Uni<Response> extension(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestPath String id,
            @Parameter(description = "ETag of the case as read.", required = true) @RestHeader("If-Match") String ifMatch,
            @NotNull @Valid ExtensionRequest body) {
        return clock.requestExtension(QueryParams.uuid("id", id), ifMatch, body).map(OfficeApplicationResource::tagged);
    }

    @POST
    @Path("/{id}/fee-notice")
    @Operation(operationId = "noticeApplicationFee", summary = "Send a fee notice",
            description = "Art. 42, for volume only: by the applicant's requests this calendar month (the 11th onward) or by pages (the 31st onward); the amount is computed. The clock stands until it is paid; unpaid by its day, the case closes as 其他处理.")
    @OfficeWriteResponses
    public Uni<Response> fee(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestPath String id,
            @Parameter(description = "ETag of the case as read.", required = true) @RestHeader("If-Match") String ifMatch,
            @NotNull @Valid FeeNoticeRequest body) {
        return clock.noticeFee(QueryParams.uuid("id", id), ifMatch, body).map(OfficeApplicationResource::tagged);
    }

    @POST
    @Path("/{id}/fee-paid")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "recordApplicationFeePaid", summary = "Record the fee as paid", description = "The clock runs again.")
    @OfficeWriteResponses
    public Uni<Response> paid(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestPath String id,
            @Parameter(description = "ETag of the case as read.", required = true) @RestHeader("If-Match") String ifMatch) {
        return clock.feePaid(QueryParams.uuid("id", id), ifMatch).map(OfficeApplicationResource::tagged);
    }
}
