package org.gongkai.audit.rest;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.audit.AuditQuery;
import org.gongkai.audit.AuditService;
import org.gongkai.audit.api.AuditEntryView;
import org.gongkai.common.ApiDocs;
import org.gongkai.common.Clocks;
import org.gongkai.common.DomainException;
import org.gongkai.common.Page;
import org.gongkai.common.QueryParams;
import org.gongkai.security.Roles;

import io.smallrye.mutiny.Uni;

/** The audit log: admins read all of it, staff their own department's part. */
@Path("/api/v1/admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.STAFF, Roles.ADMIN })
@SecurityRequirement(name = ApiDocs.SECURITY_SCHEME)
@Tag(name = "Admin: audit", description = "Who changed what, and when.")
public class AuditResource {

    private final AuditService audit;

    public AuditResource(AuditService audit) {
        this.audit = audit;
    }

    @GET
    @Operation(operationId = "listAuditEntries", summary = "Read the audit log", description = "Newest first. Staff see their own department's entries only.")
    @APIResponse(responseCode = "200", description = "A page of entries.")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
    public Uni<Page<AuditEntryView>> list(
            @Parameter(description = "Only entries about this entity id.") @Schema(maxLength = 100) @QueryParam("entityId") String entityId,
            @Parameter(description = "Only entries of this department.") @QueryParam("department") String department,
            @Parameter(description = "Only entries written by this user.") @Schema(maxLength = 100) @QueryParam("actor") String actor,
            @Parameter(description = "Only entries on or after this day (the city's date).") @Schema(type = SchemaType.STRING, format = "date") @QueryParam("from") String from,
            @Parameter(description = "Only entries on or before this day (the city's date).") @Schema(type = SchemaType.STRING, format = "date") @QueryParam("to") String to,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100000", defaultValue = "1")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size) {
        LocalDate fromDay = QueryParams.date("from", from);
        LocalDate toDay = QueryParams.date("to", to);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            throw new DomainException.InvalidInput("to", "before-from", "'to' must not be before 'from'.");
        }
        AuditQuery query = new AuditQuery(QueryParams.code("department", department), QueryParams.text("entityId", entityId, 100),
                QueryParams.text("actor", actor, 100),
                fromDay == null ? null : fromDay.atStartOfDay(Clocks.CITY_ZONE).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(Clocks.CITY_ZONE).toInstant());
        return audit.list(query, QueryParams.page(page, size));
    }
}
