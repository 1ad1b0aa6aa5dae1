package org.gongkai.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

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

    /** A response body ready to send, with its entity tag. */
    public record Json(byte[] body, EntityTag tag) {
    }

    private final ObjectMapper json;

    public CacheableResponses(ObjectMapper json) {
        this.json = json;
    }

    public Json serialize(Object body) {
        try {
            byte[] bytes = json.writeValueAsBytes(body);
            return new Json(bytes, new EntityTag(EntityTags.hash(bytes)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + body.getClass().getSimpleName(), e);
        }
    }

    public Response ok(Request request, Object body) {
        return ok(request, serialize(body));
    }

    public Response ok(Request request, Json json) {
        Response.ResponseBuilder notModified = request.evaluatePreconditions(json.tag());
        if (notModified != null) {
            return notModified.header("Cache-Control", PUBLIC_CACHE).tag(json.tag()).build();
        }
        return Response.ok(json.body(), MediaType.APPLICATION_JSON_TYPE).tag(json.tag()).header("Cache-Control", PUBLIC_CACHE).build();
    }
}
