package org.gongkai.keydomain.rest;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.common.CacheableResponses;
import org.gongkai.keydomain.KeyDomainService;
import org.gongkai.keydomain.api.KeyDomainView;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/key-domains")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Key domains", description = "The key-domain column of proactive disclosure (政务公开重点工作): 12 domains, 33 sub-items.")
public class KeyDomainResource {

    private final KeyDomainService domains;
    private final CacheableResponses responses;

    public KeyDomainResource(KeyDomainService domains, CacheableResponses responses) {
        this.domains = domains;
        this.responses = responses;
    }

    @GET
    @Operation(operationId = "listKeyDomains", summary = "List the key domains", description = "Every key domain with its sub-items, in the column's order.")
    @APIResponse(responseCode = "200", description = "The domains.", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = KeyDomainView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    public Uni<RestResponse<List<KeyDomainView>>> list(Request request) {
        return domains.list().map(list -> responses.fresh(request, list));
    }
}
