package org.gongkai.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;

/**
 * Refuses a declared-too-large body with a problem+json 413 before it is read. (The HTTP layer's own
 * limit answers with an empty 413, which says nothing to the client.)
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long maxBytes;

    public BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize max) {
        this.maxBytes = max.asLongValue();
    }

    void install(@Observes Filters filters) {
        String body = "{\"type\":\"https://gongkai.example/problems/too-large\",\"title\":\"Request body too large\",\"status\":413,"
                + "\"detail\":\"The request body is larger than the " + (maxBytes / 1024) + " KiB this API accepts.\","
                + "\"errors\":[{\"field\":\"body\",\"code\":\"too-large\",\"message\":\"At most " + maxBytes + " bytes.\"}]}";
        filters.register(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && isOver(length)) {
                ctx.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close").end(body);
                return;
            }
            ctx.next();
        }, 100);
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
