package org.gongkai.search.rest;

import jakarta.ws.rs.BeanParam;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.common.ApiDocs;
import org.gongkai.common.QueryParams;
import org.gongkai.search.QueryTerms;
import org.gongkai.search.SearchService;
import org.gongkai.search.api.SearchResponse;
import org.gongkai.search.api.Suggestions;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "One search over service items and published disclosure records.")
public class SearchResource {

    private final SearchService search;

    public SearchResource(SearchService search) {
        this.search = search;
    }

    @GET
    @Operation(operationId = "search", summary = "Search services and disclosures",
            description = "Service items and published, proactively disclosed records together, with facet counts. Traditional and Simplified, full and half width are the same; title matches rank first, then what is in force, then the newest. A record is found from the request after its publication and gone from the one after its withdrawal. Counts are exact up to 10,000 (`totalExact`), estimates beyond.")
    @APIResponse(responseCode = "200", description = "A page of hits with facets.")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    public Uni<SearchResponse> search(@BeanParam SearchParams params) {
        return search.search(params.query(), params.pageRequest());
    }

    @GET
    @Path("/suggest")
    @Operation(operationId = "suggestSearch", summary = "Title suggestions while typing",
            description = "Titles of services and records that match the text typed so far, newest first.")
    @APIResponse(responseCode = "200", description = "Up to `limit` titles.")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    public Uni<Suggestions> suggest(
            @Parameter(description = "The text typed so far.", example = "规划") @Schema(maxLength = SearchParams.MAX_QUERY) @QueryParam("q") String q,
            @Parameter(description = "How many titles, at most 20.") @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "20", defaultValue = "8") @QueryParam("limit") String limit) {
        int n = QueryParams.integer("limit", limit, 8, 1, 20);
        return search.suggest(QueryTerms.parse(QueryParams.text("q", q, SearchParams.MAX_QUERY)), n);
    }
}
