package org.gongkai.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Public reads: the body is serialised once, its hash is the ETag, and a matching If-None-Match gets
 * 304 without a body. Hashing the body (not a version counter) keeps the tag right for every view,
 * lists and searches included; a serialised body can be cached as it is.
 */
@ApplicationScoped
public class CacheableResponses {

    /** Short enough that a published change reaches readers within a minute. */
    private static final String PUBLIC_CACHE = "public, max-age=60";

    /** A response body ready to send, with its entity tag: a {@code T} serialised. */
    public record Json<T>(byte[] body, EntityTag tag) {
    }

    private final ObjectMapper json;

    public CacheableResponses(ObjectMapper json) {
        this.json = json;
    }

    public <T> Json<T> serialize(T body) {
        try {
            byte[] bytes = json.writeValueAsBytes(body);
            return new Json<>(bytes, new EntityTag(EntityTags.hash(bytes)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + body.getClass().getSimpleName(), e);
        }
    }

    public <T> RestResponse<T> fresh(Request request, T body) {
        return ok(request, serialize(body));
    }

    /**
     * The response for a serialised {@code T}: typed as {@code RestResponse<T>} so that the contract
     * documents T, while the entity sent is T's bytes ({@link SerialisedJsonWriter}; hence the raw builder).
     */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> RestResponse<T> ok(Request request, Json<T> json) {
        Response.ResponseBuilder precondition = request.evaluatePreconditions(json.tag());
        RestResponse.ResponseBuilder builder = precondition != null
                ? RestResponse.ResponseBuilder.create(precondition.build().getStatus())
                : RestResponse.ResponseBuilder.ok(json, MediaType.APPLICATION_JSON_TYPE);
        return (RestResponse<T>) builder.tag(json.tag()).header("Cache-Control", PUBLIC_CACHE).build();
    }

    /** A public text document (a feed, a sitemap) with its content hash as ETag: 304 when the client has it. */
    public Response text(Request request, String body, String mediaType) {
        EntityTag tag = new EntityTag(EntityTags.hash(EntityTags.utf8(body)));
        Response.ResponseBuilder precondition = request.evaluatePreconditions(tag);
        Response.ResponseBuilder builder = precondition != null ? precondition : Response.ok(body, mediaType + ";charset=UTF-8");
        return builder.tag(tag).header("Cache-Control", PUBLIC_CACHE).build();
    }
}
