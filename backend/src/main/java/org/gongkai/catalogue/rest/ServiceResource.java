package org.gongkai.catalogue.rest;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.catalogue.CatalogueQuery;
import org.gongkai.catalogue.CatalogueViewCounter;
import org.gongkai.catalogue.PublicCatalogueCache;
import org.gongkai.catalogue.ItemStatus;
import org.gongkai.catalogue.api.ServiceDetail;
import org.gongkai.catalogue.api.ServiceSummary;
import org.gongkai.catalogue.api.VersionDetail;
import org.gongkai.catalogue.api.VersionSummary;
import org.gongkai.common.ApiDocs;
import org.gongkai.common.CacheableResponses;
import org.gongkai.common.Page;
import org.gongkai.common.QueryParams;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/services")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Services")
public class ServiceResource {

    private final PublicCatalogueCache reads;
    private final CatalogueViewCounter views;
    private final CacheableResponses responses;

    public ServiceResource(PublicCatalogueCache reads, CatalogueViewCounter views, CacheableResponses responses) {
        this.reads = reads;
        this.views = views;
        this.responses = responses;
    }

    @GET
    @Operation(operationId = "listServices", summary = "List and search service items",
            description = "Published items, filtered, searched and paged. With `q`, results are ranked by relevance and each carries the matched fragment.")
    @APIResponse(responseCode = "200", description = "A page of items. Cacheable; revalidate with If-None-Match.")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    public Uni<RestResponse<Page<ServiceSummary>>> list(@BeanParam CatalogueParams params, Request request) {
        CatalogueQuery query = params.query(CatalogueQuery.PUBLIC_DEFAULT,
                EnumSet.of(ItemStatus.ACTIVE, ItemStatus.SUSPENDED, ItemStatus.CANCELLED));
        return reads.list(query, params.pageRequest()).map(json -> responses.ok(request, json));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getService", summary = "Get a service item with its whole guide", description = "The current published version of the guide.")
    @APIResponse(responseCode = "200", description = "The item.")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Uni<RestResponse<ServiceDetail>> get(@Parameter(description = "The item's id.", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestPath String id,
            Request request) {
        UUID itemId = QueryParams.uuid("id", id);
        return reads.detail(itemId).invoke(() -> views.record(itemId)).map(json -> responses.ok(request, json));
    }

    @GET
    @Path("/{id}/versions")
    @Operation(operationId = "getServiceVersions", summary = "Get the version history of an item", description = "Every published version, newest first, with its date, change note and changed sections.")
    @APIResponse(responseCode = "200", description = "The history.")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Uni<RestResponse<List<VersionSummary>>> history(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestPath String id, Request request) {
        return reads.history(QueryParams.uuid("id", id)).map(json -> responses.ok(request, json));
    }

    @GET
    @Path("/{id}/versions/{version}")
    @Operation(operationId = "getServiceVersion", summary = "Get one version of an item's guide", description = "The guide exactly as it was published in that version.")
    @APIResponse(responseCode = "200", description = "The version.")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Uni<RestResponse<VersionDetail>> version(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestPath String id,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @RestPath String version, Request request) {
        return reads.version(QueryParams.uuid("id", id), QueryParams.integer("version", version, 1, 1, Integer.MAX_VALUE))
                .map(json -> responses.ok(request, json));
    }
}
