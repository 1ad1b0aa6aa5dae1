package org.gongkai.department.rest;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.common.ApiDocs;
import org.gongkai.common.CacheableResponses;
import org.gongkai.common.QueryParams;
import org.gongkai.department.DepartmentService;
import org.gongkai.department.api.DepartmentView;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/departments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Departments", description = "The city's departments (机构名录) and their contacts.")
public class DepartmentResource {

    private final DepartmentService departments;
    private final CacheableResponses responses;

    public DepartmentResource(DepartmentService departments, CacheableResponses responses) {
        this.departments = departments;
        this.responses = responses;
    }

    @GET
    @Operation(operationId = "listDepartments", summary = "List all departments", description = "The directory in its official order, with each department's contacts and the address for on-request disclosure applications.")
    @APIResponse(responseCode = "200", description = "The directory. Cacheable; revalidate with If-None-Match.",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DepartmentView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    public Uni<RestResponse<List<DepartmentView>>> list(Request request) {
        return departments.list().map(list -> responses.fresh(request, list));
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getDepartment", summary = "Get one department", description = "A department by its stable code.")
    @APIResponse(responseCode = "200", description = "The department.", content = @Content(schema = @Schema(implementation = DepartmentView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Uni<RestResponse<DepartmentView>> get(@RestPath String code, Request request) {
        return departments.get(QueryParams.code("code", code)).map(d -> responses.fresh(request, d));
    }
}
