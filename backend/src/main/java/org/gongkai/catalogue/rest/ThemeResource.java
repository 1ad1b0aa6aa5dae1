package org.gongkai.catalogue.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import java.util.List;


import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.catalogue.api.ThemeView;
import org.gongkai.catalogue.PublicCatalogueCache;
import org.gongkai.common.CacheableResponses;

import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/themes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Services")
public class ThemeResource {

    private final PublicCatalogueCache reads;
    private final CacheableResponses responses;

    public ThemeResource(PublicCatalogueCache reads, CacheableResponses responses) {
        this.reads = reads;
        this.responses = responses;
    }

    @GET
    @Operation(operationId = "listThemes", summary = "List themes and life events", description = "Themes for residents and for companies, with the number of published items in each.")
    @APIResponse(responseCode = "200", description = "The themes.",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ThemeView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    public Uni<RestResponse<List<ThemeView>>> list(Request request) {
        return reads.themes().map(json -> responses.ok(request, json));
    }
}
