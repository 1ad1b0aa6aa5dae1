package org.gongkai.department.rest;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.gongkai.common.ApiDocs;
import org.gongkai.common.EntityTags;
import org.gongkai.common.QueryParams;
import org.gongkai.department.DepartmentService;
import org.gongkai.department.api.DepartmentCreate;
import org.gongkai.department.api.DepartmentEdit;
import org.gongkai.department.api.DepartmentUpdate;
import org.gongkai.department.api.DepartmentView;
import org.gongkai.security.Roles;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/admin/departments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = ApiDocs.SECURITY_SCHEME)
@Tag(name = "Admin: departments", description = "Directory maintenance by the city's open-government office.")
public class AdminDepartmentResource {

    private final DepartmentService departments;

    public AdminDepartmentResource(DepartmentService departments) {
        this.departments = departments;
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getDepartmentForEdit", summary = "Get a department for editing", description = "The directory entry with its ETag, to send back in If-Match when updating it.")
    @APIResponse(responseCode = "200", description = "The department.", headers = @Header(name = "ETag", description = "Version to send in If-Match.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = DepartmentView.class)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Uni<Response> get(@RestPath String code) {
        return departments.getForEdit(QueryParams.code("code", code)).map(AdminDepartmentResource::withTag);
    }

    @POST
    @Operation(operationId = "createDepartment", summary = "Add a department", description = "Creates a directory entry; the code is permanent.")
    @APIResponse(responseCode = "201", description = "Created.", headers = @Header(name = "ETag", description = "Version to send in If-Match.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = DepartmentView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Uni<Response> create(@NotNull @Valid DepartmentCreate body) {
        return departments.create(body).map(d -> Response.fromResponse(withTag(d)).status(201)
                .location(URI.create("/api/v1/departments/" + d.department().code())).build());
    }

    @PUT
    @Path("/{code}")
    @Operation(operationId = "updateDepartment", summary = "Update a department", description = "Replaces the editable fields. Send the ETag you read in If-Match; a stale one gets 412 with the current ETag.")
    @APIResponse(responseCode = "200", description = "Updated.", headers = @Header(name = "ETag", description = "The new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = DepartmentView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    public Uni<Response> update(@RestPath String code,
            @Parameter(description = "ETag of the version being edited.", required = true) @RestHeader("If-Match") String ifMatch,
            @NotNull @Valid DepartmentUpdate body) {
        return departments.update(QueryParams.code("code", code), ifMatch, body).map(AdminDepartmentResource::withTag);
    }

    private static Response withTag(DepartmentEdit d) {
        return EntityTags.versioned(d.department(), d.version());
    }
}
