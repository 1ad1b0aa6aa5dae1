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
 * lists and searches included.
 */
@ApplicationScoped
public class CacheableResponses {

    private final ObjectMapper json;
    /** Short enough that a published change reaches readers within a minute. */
    private static final String PUBLIC_CACHE = "public, max-age=60";

    public CacheableResponses(ObjectMapper json) {
        this.json = json;
    }

    public Response ok(Request request, Object body) {
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + body.getClass().getSimpleName(), e);
        }
        EntityTag tag = new EntityTag(EntityTags.hash(bytes));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.header("Cache-Control", PUBLIC_CACHE).tag(tag).build();
        }
        return Response.ok(bytes, MediaType.APPLICATION_JSON_TYPE).tag(tag).header("Cache-Control", PUBLIC_CACHE).build();
    }
}
