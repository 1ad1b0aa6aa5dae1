package org.gongkai.disclosure.rest;

import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.files.Downloads;
import org.gongkai.common.ApiDocs;
import org.gongkai.common.CacheableResponses;
import org.gongkai.common.Page;
import org.gongkai.common.QueryParams;
import org.gongkai.disclosure.DisclosureFileService;
import org.gongkai.disclosure.PublicDisclosureService;
import org.gongkai.disclosure.api.DisclosureDetail;
import org.gongkai.disclosure.api.DisclosureSummary;
import org.gongkai.disclosure.api.DisclosureVersionSummary;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/disclosures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Disclosures", description = "The disclosure catalogue (政府信息公开目录): published, proactively disclosed records with their metadata, versions and links.")
public class DisclosureResource {

    private final PublicDisclosureService disclosures;
    private final DisclosureFileService files;
    private final CacheableResponses responses;

    public DisclosureResource(PublicDisclosureService disclosures, DisclosureFileService files, CacheableResponses responses) {
        this.disclosures = disclosures;
        this.files = files;
        this.responses = responses;
    }

    @GET
    @Operation(operationId = "listDisclosures", summary = "Browse and search the disclosure catalogue",
            description = "By department, kind, key domain or sub-item, year, 五公开 category and validity; with `q`, title matches first. Records in force come before expired ones, newer before older. `total` stops counting at 10,001.")
    @APIResponse(responseCode = "200", description = "A page of records. Cacheable; revalidate with If-None-Match.")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    public Uni<RestResponse<Page<DisclosureSummary>>> list(@BeanParam DisclosureParams params, Request request) {
        return disclosures.list(params.query(), params.pageRequest()).map(p -> responses.fresh(request, p));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDisclosure", summary = "Get a record", description = "The record's current version: metadata, body, its kind's sections, and links both ways (interpretations, related, superseded).")
    @APIResponse(responseCode = "200", description = "The record.", content = @Content(schema = @Schema(implementation = DisclosureDetail.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Uni<RestResponse<DisclosureDetail>> get(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestPath String id,
            Request request) {
        return disclosures.detail(QueryParams.uuid("id", id)).map(d -> responses.fresh(request, d));
    }

    @GET
    @Path("/{id}/attachments/{fileId}")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadDisclosureAttachment", summary = "Download a file of a record", description = "A file the record's current version carries, with its type and name; cacheable for a day (a file never changes).")
    @APIResponse(responseCode = "200", description = "The file.", content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Uni<Response> download(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestPath String id,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestPath String fileId, Request request) {
        return files.publicDownload(QueryParams.uuid("id", id), QueryParams.uuid("fileId", fileId)).map(f -> Downloads.of(request, f, true));
    }

    @GET
    @Path("/{id}/versions")
    @Operation(operationId = "listDisclosureVersions", summary = "A record's public history", description = "Every published version, newest first, with its date and change note.")
    @APIResponse(responseCode = "200", description = "The versions.", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DisclosureVersionSummary.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Uni<RestResponse<List<DisclosureVersionSummary>>> history(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestPath String id,
            Request request) {
        return disclosures.history(QueryParams.uuid("id", id)).map(h -> responses.fresh(request, h));
    }

    @GET
    @Path("/{id}/versions/{version}")
    @Operation(operationId = "getDisclosureVersion", summary = "A past version of a record", description = "The record as a given version published it.")
    @APIResponse(responseCode = "200", description = "The version.", content = @Content(schema = @Schema(implementation = DisclosureDetail.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Uni<RestResponse<DisclosureDetail>> version(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestPath String id,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100000")) @RestPath String version, Request request) {
        return disclosures.version(QueryParams.uuid("id", id), QueryParams.integer("version", version, 0, 1, 100_000))
                .map(d -> responses.fresh(request, d));
    }
}
