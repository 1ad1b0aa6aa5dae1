package org.gongkai.guards;

import static io.restassured.RestAssured.given;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Sends the operations of the served document: fills path templates, finds the ETag to send in If-Match. */
final class Calls {

    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");
    /** Bodies are sent byte for byte as given (no charset added, no re-encoding). */
    private static final RestAssuredConfig RAW = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    private final ServedApi api;
    private final Map<String, String> pathValues = new LinkedHashMap<>();
    /** Values for paths under a prefix (two collections both call their key {id}): prefix -> name -> value. */
    private final Map<String, Map<String, String>> scopedValues = new LinkedHashMap<>();

    Calls(ServedApi api) {
        this.api = api;
    }

    Calls pathValue(String name, String value) {
        pathValues.put(name, value);
        return this;
    }

    String pathValue(String name) {
        return pathValues.get(name);
    }

    /** A value of a path parameter only for paths under {@code prefix}; it wins over a value for every path. */
    Calls pathValueUnder(String prefix, String name, String value) {
        scopedValues.computeIfAbsent(prefix, k -> new LinkedHashMap<>()).put(name, value);
        return this;
    }

    /** The value a path parameter takes in this path: the one of the longest matching prefix, else the general one. */
    String valueFor(String template, String name) {
        String best = null;
        int length = -1;
        for (var e : scopedValues.entrySet()) {
            if ((template.equals(e.getKey()) || template.startsWith(e.getKey() + "/")) && e.getValue().containsKey(name)
                    && e.getKey().length() > length) {
                best = e.getValue().get(name);
                length = e.getKey().length();
            }
        }
        return best != null ? best : pathValues.get(name);
    }

    /** The path with its parameters filled, each value percent-encoded as one segment. */
    String url(String template, Map<String, String> overrides) {
        Matcher m = TEMPLATE.matcher(template);
        StringBuilder url = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = overrides.containsKey(name) ? overrides.get(name) : valueFor(template, name);
            if (value == null) {
                throw new IllegalStateException("no value for path parameter {" + name + "} of " + template
                        + ": give the guards a record for it (Calls.pathValue)");
            }
            m.appendReplacement(url, Matcher.quoteReplacement(encode(value)));
        }
        m.appendTail(url);
        return url.toString();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The ETag of the record a write at this path changes: the GET at the path or the nearest one above it. */
    String currentETag(ServedApi.Operation write) {
        String path = write.path();
        while (path.lastIndexOf('/') > 0) {
            ServedApi.Operation read = api.operation("get", path);
            if (read != null) {
                String tag = given().urlEncodingEnabled(false).get(url(path, Map.of())).header("ETag");
                if (tag != null) {
                    return tag;
                }
            }
            path = path.substring(0, path.lastIndexOf('/'));
        }
        return null;
    }

    /** The served representation at the write's own path, if it can be read (a PUT's current state). */
    JsonNode currentRepresentation(ServedApi.Operation write) {
        if (api.operation("get", write.path()) == null) {
            return null;
        }
        Response r = given().urlEncodingEnabled(false).get(url(write.path(), Map.of()));
        if (r.statusCode() != 200) {
            return null;
        }
        try {
            return ServedApi.JSON.readTree(r.asString());
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** A request as the guards send it; every part can be replaced by a bad one. */
    record Request(String method, String url, Map<String, String> query, Map<String, String> headers, String contentType, byte[] body) {
    }

    static Response send(Request request, RequestSpecification as) {
        RequestSpecification spec = as.config(RAW).urlEncodingEnabled(false);
        request.headers().forEach(spec::header);
        StringBuilder url = new StringBuilder(request.url());
        String separator = "?";
        for (Map.Entry<String, String> q : request.query().entrySet()) {
            url.append(separator).append(encode(q.getKey())).append('=').append(encode(q.getValue()));
            separator = "&";
        }
        if (request.body() != null) {
            // the form encoder of the client takes text only
            spec.contentType(request.contentType());
            if (request.contentType().startsWith("application/x-www-form-urlencoded")) {
                spec.body(new String(request.body(), java.nio.charset.StandardCharsets.UTF_8));
            } else {
                spec.body(request.body());
            }
        }
        return spec.request(request.method().toUpperCase(), url.toString());
    }

    static byte[] bytes(JsonNode body) {
        try {
            return ServedApi.JSON.writeValueAsBytes(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
