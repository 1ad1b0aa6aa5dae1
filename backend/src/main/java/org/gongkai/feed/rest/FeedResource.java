package org.gongkai.feed.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.common.ApiDocs;
import org.gongkai.common.CacheableResponses;
import org.gongkai.common.QueryParams;
import org.gongkai.feed.FeedService;
import org.jboss.resteasy.reactive.RestPath;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/feeds")
@Tag(name = "Feeds", description = "Atom feeds (RFC 4287) of the newest published records, per key domain and per department.")
public class FeedResource {

    static final String ATOM = "application/atom+xml";

    private final FeedService feeds;
    private final CacheableResponses responses;

    public FeedResource(FeedService feeds, CacheableResponses responses) {
        this.feeds = feeds;
        this.responses = responses;
    }

    @GET
    @Path("/key-domains/{code}.atom")
    @Produces({ ATOM, "application/problem+json" })
    @Operation(operationId = "keyDomainFeed", summary = "The feed of a key domain", description = "The 50 newest public records filed under any sub-item of the domain.")
    @APIResponse(responseCode = "200", description = "An Atom feed.", content = @Content(mediaType = ATOM, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Uni<Response> keyDomain(@RestPath String code, @Context UriInfo uri, Request request) {
        return feeds.keyDomainFeed(QueryParams.code("code", code), uri.getAbsolutePath().toString())
                .map(xml -> responses.text(request, xml, ATOM));
    }

    @GET
    @Path("/departments/{code}.atom")
    @Produces({ ATOM, "application/problem+json" })
    @Operation(operationId = "departmentFeed", summary = "The feed of a department", description = "The 50 newest public records the department published.")
    @APIResponse(responseCode = "200", description = "An Atom feed.", content = @Content(mediaType = ATOM, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Uni<Response> department(@RestPath String code, @Context UriInfo uri, Request request) {
        return feeds.departmentFeed(QueryParams.code("code", code), uri.getAbsolutePath().toString())
                .map(xml -> responses.text(request, xml, ATOM));
    }
}
