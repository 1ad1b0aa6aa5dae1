package org.gongkai.keydomain.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.gongkai.keydomain.KeyDomainService;
import org.gongkai.keydomain.api.KeyDomainEdit;
import org.gongkai.keydomain.api.KeyDomainUpdate;
import org.gongkai.keydomain.api.KeyDomainView;
import org.gongkai.security.Roles;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/admin/key-domains")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = ApiDocs.SECURITY_SCHEME)
@Tag(name = "Admin: key domains", description = "The city's open-government office keeps the key-domain column.")
public class AdminKeyDomainResource {

    private final KeyDomainService domains;

    public AdminKeyDomainResource(KeyDomainService domains) {
        this.domains = domains;
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getKeyDomainForEdit", summary = "Get a key domain for editing", description = "The domain and its sub-items with the ETag to send in If-Match.")
    @APIResponse(responseCode = "200", description = "The domain.", headers = @Header(name = "ETag", description = "Version to send in If-Match.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = KeyDomainView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Uni<Response> get(@RestPath String code) {
        return domains.getForEdit(QueryParams.code("code", code)).map(AdminKeyDomainResource::withTag);
    }

    @PUT
    @Path("/{code}")
    @Operation(operationId = "updateKeyDomain", summary = "Update a key domain", description = "Renames the domain, renames, reorders or adds sub-items (never removes one). Send the ETag you read in If-Match.")
    @APIResponse(responseCode = "200", description = "Updated.", headers = @Header(name = "ETag", description = "The new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = KeyDomainView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    public Uni<Response> update(@RestPath String code,
            @Parameter(description = "ETag of the version being edited.", required = true) @RestHeader("If-Match") String ifMatch,
            @NotNull @Valid KeyDomainUpdate body) {
        return domains.update(QueryParams.code("code", code), ifMatch, body).map(AdminKeyDomainResource::withTag);
    }

    private static Response withTag(KeyDomainEdit d) {
        return EntityTags.versioned(d.domain(), d.version());
    }
}
