package org.gongkai.security;


import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.common.ApiDocs;
import org.gongkai.common.QueryParams;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** The audit log: admins read all of it, staff their own department's part. */
@Path("/api/v1/admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.STAFF, Roles.ADMIN })
@SecurityRequirement(name = ApiDocs.SECURITY_SCHEME)
@Tag(name = "Admin: audit", description = "Who changed what, and when.")
public class AuditResource {

    private final AuditEntryRepository entries;
    private final DepartmentScope scope;

    public AuditResource(AuditEntryRepository entries, DepartmentScope scope) {
        this.entries = entries;
        this.scope = scope;
    }

    @GET
    @WithSession
    @Operation(operationId = "listAuditEntries", summary = "Read the audit log", description = "Newest first. Staff see their own department's entries only.")
    @APIResponse(responseCode = "200", description = "A page of entries.", content = @Content(schema = @Schema(implementation = AuditPage.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public Uni<AuditPage> list(
            @Parameter(description = "Only entries about this entity id.") @QueryParam("entityId") String entityId,
            @Parameter(description = "Only entries of this department.") @QueryParam("department") String department,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size) {
        String dept = scope.readableDepartment(QueryParams.code("department", department));
        return entries.page(dept, QueryParams.text("entityId", entityId, 100), QueryParams.page(page, size))
                .map(p -> new AuditPage(p.items().stream().map(AuditEntryView::of).toList(), p.total(), p.page(), p.size()));
    }
}
