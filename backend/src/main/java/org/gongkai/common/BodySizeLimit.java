package org.gongkai.common;

import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;

/**
 * Refuses a declared-too-large body with a problem+json 413 before it is read. (The HTTP layer's own
 * limit answers with an empty 413, which says nothing to the client.) File uploads (a POST on an
 * {@code …/attachments} collection) may be larger than JSON bodies; the codec's limit is set above both.
 */
@ApplicationScoped
public class BodySizeLimit {

    private static final Pattern UPLOAD = Pattern.compile("/api/v1/.+/attachments");

    private final long maxJson;
    private final long maxUpload;

    public BodySizeLimit(GongkaiConfig config) {
        this.maxJson = config.http().maxJsonBody().asLongValue();
        this.maxUpload = config.http().maxUpload().asLongValue();
    }

    void install(@Observes Filters filters) {
        String json = problem(maxJson, "request body");
        String upload = problem(maxUpload, "file");
        filters.register(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            boolean isUpload = ctx.request().method() == HttpMethod.POST && UPLOAD.matcher(ctx.normalizedPath()).matches();
            if (length != null && isOver(length, isUpload ? maxUpload : maxJson)) {
                ctx.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close").end(isUpload ? upload : json);
                return;
            }
            ctx.next();
        }, 100);
    }

    private static String problem(long max, String what) {
        String field = what.equals("file") ? "file" : "body";
        return "{\"type\":\"https://gongkai.example/problems/too-large\",\"title\":\"Request body too large\",\"status\":413,"
                + "\"detail\":\"The " + what + " is larger than the " + (max / 1024) + " KiB this API accepts.\","
                + "\"errors\":[{\"field\":\"" + field + "\",\"code\":\"too-large\",\"message\":\"At most " + max + " bytes.\"}]}";
    }

    private static boolean isOver(String length, long max) {
        try {
            return Long.parseLong(length.trim()) > max;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
