package org.gongkai.common;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * The limits of the request line and of the headers, answered as problem+json (414, 431) like every
 * other error, and {@code X-Content-Type-Options: nosniff} on every response.
 *
 * <p>The HTTP codec's own limits (quarkus.http.limits.max-initial-line-length / max-header-size) answer
 * before any handler runs, with an empty body, and Quarkus offers no hook into them (Vert.x's
 * invalid-request handler is fixed when the server starts listening). So the codec's limits are set well
 * above these (application.properties) and the API's limits are checked here, where the answer can say
 * what went wrong. Only a request beyond the codec's limits still gets the codec's bare answer.
 */
@ApplicationScoped
public class RequestLimits {

    /** Runs before every other filter (body size: 100), so that their answers carry the header too. */
    static final int PRIORITY = 200;

    private final int maxUriLength;
    private final long maxHeaderBytes;

    public RequestLimits(GongkaiConfig config) {
        this.maxUriLength = config.http().maxUriLength();
        this.maxHeaderBytes = config.http().maxHeaderSize().asLongValue();
    }

    void install(@Observes Filters filters) {
        String uriTooLong = problem(414, "uri-too-long", "URI too long",
                "The request URI is longer than the " + maxUriLength + " characters this API accepts.", "uri",
                "At most " + maxUriLength + " characters.");
        String headersTooLarge = problem(431, "headers-too-large", "Request headers too large",
                "The request headers are larger than the " + (maxHeaderBytes / 1024) + " KiB this API accepts.", "headers",
                "At most " + maxHeaderBytes + " bytes.");
        filters.register(ctx -> {
            // browsers must not guess a type other than the declared one (a JSON body sniffed as HTML)
            ctx.response().putHeader("X-Content-Type-Options", "nosniff");
            if (ctx.request().uri().length() > maxUriLength) {
                refuse(ctx, 414, uriTooLong);
                return;
            }
            if (headerBytes(ctx) > maxHeaderBytes) {
                refuse(ctx, 431, headersTooLarge);
                return;
            }
            ctx.next();
        }, PRIORITY);
    }

    private static long headerBytes(RoutingContext ctx) {
        long bytes = 0;
        for (Map.Entry<String, String> header : ctx.request().headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4; // ": " and CRLF
        }
        return bytes;
    }

    private static void refuse(RoutingContext ctx, int status, String body) {
        HttpServerResponse response = ctx.response();
        response.setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close").end(body);
    }

    /** A problem+json body with one field error; the texts are ours, so no escaping is needed. */
    static String problem(int status, String type, String title, String detail, String field, String message) {
        return "{\"type\":\"" + Problem.TYPE_BASE + type + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\",\"errors\":[{\"field\":\"" + field + "\",\"code\":\"too-large\",\"message\":\""
                + message + "\"}]}";
    }
}
