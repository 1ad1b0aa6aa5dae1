package org.gongkai.guards;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

/**
 * Every operation of the served OpenAPI document, every parameter and every body field, sent bad
 * values derived from its schema (wrong types, out of range, too long, empty, control characters,
 * injection strings, malformed JSON, wrong media types), as an administrator: never a 5xx, every error
 * is problem+json, and nothing stored changes except what a 2xx answer says it created. An operation
 * added to the API later is walked the same way, with no change here.
 */
@QuarkusTest
class BadInputTest {

    static final String PROBLEM = "application/problem+json";

    @Inject
    DataSource db;

    private ServedApi api;
    private Values values;
    private Calls calls;
    private final Set<String> fixtureKeys = new TreeSet<>();
    private final Set<String> createdKeys = new TreeSet<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private int cases;

    @Test
    @TestSecurity(user = "walker-admin", roles = "admin")
    void noBadInputCausesA5xxAnUnstructuredErrorOrAChange() {
        api = ServedApi.load();
        // a registered letter arrived on a day past, not a month ahead
        values = new Values(api).reference("receivedOn", java.time.LocalDate.now().toString())
                .sample("ApplicationSubmit", Samples.application("petitions"));
        calls = new Calls(api);
        harvestSamples();
        makeFixtures();
        String before = StoreDigest.of(db, fixtureKeys);

        for (ServedApi.Operation op : api.operations()) {
            walk(op);
        }

        Set<String> excluded = new TreeSet<>(fixtureKeys);
        excluded.addAll(createdKeys);
        String after = StoreDigest.of(db, excluded);
        System.out.printf("bad-input walker: %d cases over %d operations; statuses %s; %d records created by accepted values%n",
                cases, api.operations().size(), statuses, createdKeys.size());
        assertTrue(failures.isEmpty(), failures.size() + " bad answers, e.g.:\n" + String.join("\n", failures.stream().limit(25).toList()));
        assertTrue(cases >= 1_000, "only " + cases + " cases generated");
        assertEquals(before, after, "the stored data changed (beyond the walker's own records)");
    }

    private void harvestSamples() {
        Samples.harvest(api, values);
    }

    private JsonNode read(String url) {
        return Samples.read(url);
    }

    /**
     * The walker's own records, made through the document's create operations (a POST on a collection
     * whose items are addressed by {param}); they fill those path parameters and are left out of the digest.
     */
    private void makeFixtures() {
        List<ServedApi.Operation> creates = new ArrayList<>(api.operations().stream()
                .filter(op -> op.method().equals("post") && !op.path().contains("{") && op.body() != null).toList());
        // creates that refer to no other record first (a department before an item of it)
        creates.sort((a, b) -> Boolean.compare(refersToRecords(a), refersToRecords(b)));
        for (ServedApi.Operation create : creates) {
            String param = itemParameter(create.path());
            if (param == null) {
                continue;
            }
            Map<String, String> headers = new LinkedHashMap<>();
            create.parameters().stream().filter(p -> p.in().equals("header") && p.required())
                    .forEach(p -> headers.put(p.name(), values.valid(p.schema()).asText()));
            Response r = Calls.send(new Calls.Request("post", create.path(), Map.of(), headers, "application/json",
                    Calls.bytes(values.valid(create.body()))), given());
            assertTrue(r.statusCode() == 201, "fixture by " + create + ": " + r.statusCode() + " " + r.asString());
            String location = r.header("Location");
            String key = location.substring(location.lastIndexOf('/') + 1);
            fixtureKeys.add(key);
            calls.pathValue(param, key);
            if (param.equals("code")) {
                values.reference("departmentCode", key);
            }
        }
        // a path value no create gives (a version number): the first one its listing shows, else a valid one
        for (ServedApi.Operation op : api.operations()) {
            for (ServedApi.Parameter p : op.parameters()) {
                if (p.in().equals("path") && calls.pathValue(p.name()) == null) {
                    String collection = op.path().substring(0, op.path().indexOf("{" + p.name() + "}") - 1);
                    JsonNode list = collection.contains("{") ? read(calls.url(collection, Map.of())) : read(collection);
                    JsonNode items = list == null ? null : list.isArray() ? list : list.path("items");
                    calls.pathValue(p.name(), items != null && items.size() > 0 && items.get(0).hasNonNull(p.name())
                            ? items.get(0).get(p.name()).asText() : values.valid(p.schema()).asText());
                }
            }
        }
    }

    private static boolean isCreate(ServedApi.Operation op) {
        return op.method().equals("post") && !op.path().contains("{");
    }

    private static boolean refersToRecords(ServedApi.Operation op) {
        return op.body().path("properties").has("departmentCode");
    }

    private String itemParameter(String collection) {
        for (ServedApi.Operation op : api.operations()) {
            if (op.path().startsWith(collection + "/{") && op.path().indexOf('}') == op.path().length() - 1) {
                return op.path().substring(collection.length() + 2, op.path().length() - 1);
            }
        }
        return null;
    }

    private void walk(ServedApi.Operation op) {
        JsonNode baseBody = op.body() == null ? null : validBody(op);
        for (ServedApi.Parameter p : op.parameters()) {
            for (String bad : BadValues.forParameter(p.schema(), p.in().equals("header"))) {
                send(op, "parameter " + p.name() + "=" + BadValues.visible(bad), request(op, baseBody, p, bad));
            }
        }
        if (op.body() == null) {
            return;
        }
        for (Field field : fields(op.body(), new ArrayList<>(), 0)) {
            for (BadValues.Bad bad : BadValues.forField(field.schema())) {
                // a create gets fresh identifying values each time, so that only the bad value can refuse it
                JsonNode body = isCreate(op) ? validBody(op) : baseBody.deepCopy();
                body = set(body, op.body(), field.path(), 0, bad.value());
                Calls.Request r = request(op, null, null, null);
                send(op, "field " + field + " = " + bad.label(), new Calls.Request(r.method(), r.url(), r.query(), r.headers(),
                        "application/json", Calls.bytes(body)));
            }
        }
        Map<String, byte[]> raw = new LinkedHashMap<>();
        raw.put("truncated object", "{\"a\": ".getBytes(StandardCharsets.UTF_8));
        raw.put("unclosed array", "[1, 2".getBytes(StandardCharsets.UTF_8));
        raw.put("bare word", "nul".getBytes(StandardCharsets.UTF_8));
        raw.put("NUL byte", new byte[] { 0 });
        raw.put("empty", new byte[0]);
        raw.put("array instead of object", "[]".getBytes(StandardCharsets.UTF_8));
        raw.put("string instead of object", "\"text\"".getBytes(StandardCharsets.UTF_8));
        raw.put("number instead of object", "123".getBytes(StandardCharsets.UTF_8));
        raw.put("escaped NUL in a key", "{\"\\u0000\": 1}".getBytes(StandardCharsets.UTF_8));
        raw.put("invalid UTF-8", new byte[] { '{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}' });
        raw.put("deep nesting", ("[".repeat(5_000) + "]".repeat(5_000)).getBytes(StandardCharsets.UTF_8));
        raw.put("deep objects", ("{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000)).getBytes(StandardCharsets.UTF_8));
        raw.put("over the size limit", ("{\"x\":\"" + "x".repeat(300_000) + "\"}").getBytes(StandardCharsets.UTF_8));
        raw.put("duplicate keys", ("{\"x\":1,\"x\":2}").getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, byte[]> body : raw.entrySet()) {
            Calls.Request r = request(op, null, null, null);
            send(op, "body " + body.getKey(), new Calls.Request(r.method(), r.url(), r.query(), r.headers(), "application/json", body.getValue()));
        }
        Map<String, String> mediaTypes = Map.of("text/plain", "hello", "application/xml", "<a/>",
                "application/x-www-form-urlencoded", "a=b", "application/octet-stream", "\u0000\u0001");
        for (Map.Entry<String, String> m : mediaTypes.entrySet()) {
            Calls.Request r = request(op, null, null, null);
            send(op, "media type " + m.getKey(), new Calls.Request(r.method(), r.url(), r.query(), r.headers(), m.getKey(),
                    m.getValue().getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** The valid request with one parameter replaced (or none). */
    private Calls.Request request(ServedApi.Operation op, JsonNode body, ServedApi.Parameter bad, String badValue) {
        Map<String, String> pathOverride = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        for (ServedApi.Parameter p : op.parameters()) {
            boolean replaced = bad != null && p.name().equals(bad.name()) && p.in().equals(bad.in());
            switch (p.in()) {
                case "path" -> {
                    if (replaced) {
                        pathOverride.put(p.name(), badValue);
                    }
                }
                case "query" -> {
                    if (replaced) {
                        query.put(p.name(), badValue);
                    } else if (p.required()) {
                        query.put(p.name(), values.valid(p.schema()).asText());
                    }
                }
                case "header" -> {
                    if (replaced) {
                        headers.put(p.name(), badValue);
                    } else if (p.name().equalsIgnoreCase("If-Match")) {
                        String tag = calls.currentETag(op);
                        if (tag != null) {
                            headers.put(p.name(), tag);
                        }
                    } else if (p.required()) {
                        headers.put(p.name(), values.valid(p.schema()).asText());
                    }
                }
                default -> {
                }
            }
        }
        return new Calls.Request(op.method(), calls.url(op.path(), pathOverride), query, headers,
                body == null ? null : "application/json", body == null ? null : Calls.bytes(body));
    }

    private JsonNode validBody(ServedApi.Operation op) {
        if (op.bodyRef() != null && values.hasSample(op.bodyRef())) {
            return values.valid(op.body());
        }
        JsonNode current = op.method().equals("put") ? calls.currentRepresentation(op) : null;
        return current != null ? values.project(current, op.body()) : values.valid(op.body());
    }

    private void send(ServedApi.Operation op, String what, Calls.Request request) {
        cases++;
        String tagBefore = op.hasIfMatch() ? calls.currentETag(op) : null;
        Response r;
        try {
            r = Calls.send(request, given());
        } catch (RuntimeException e) {
            failures.add(op + " " + what + ": no answer (" + e + ")");
            return;
        }
        int status = r.statusCode();
        statuses.merge(status / 100 * 100 == 200 ? 200 : status, 1, Integer::sum);
        String where = op + " " + what + " -> " + status;
        if (status >= 500) {
            failures.add(where + " " + abbreviate(r.asString()));
        } else if (status >= 400 && (r.contentType() == null || !r.contentType().startsWith(PROBLEM))) {
            failures.add(where + " not problem+json but '" + r.contentType() + "' " + abbreviate(r.asString()));
        }
        if (!"nosniff".equals(r.header("X-Content-Type-Options"))) {
            failures.add(where + " without X-Content-Type-Options: nosniff");
        }
        if (status >= 300 && tagBefore != null && !tagBefore.equals(calls.currentETag(op))) {
            failures.add(where + " was refused but changed the record");
        }
        if (status == 201 && r.header("Location") != null) {
            String location = r.header("Location");
            createdKeys.add(location.substring(location.lastIndexOf('/') + 1));
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    // ---- body fields ---------------------------------------------------------------------------

    /** A field of a body: its path (property names, 0 for "the first element") and its schema. */
    record Field(List<Object> path, JsonNode schema) {
        @Override
        public String toString() {
            StringBuilder s = new StringBuilder();
            for (Object segment : path) {
                if (segment instanceof Integer) {
                    s.append("[0]");
                } else {
                    s.append(s.length() == 0 ? "" : ".").append(segment);
                }
            }
            return s.toString();
        }
    }

    private List<Field> fields(JsonNode schema, List<Object> prefix, int depth) {
        List<Field> fields = new ArrayList<>();
        JsonNode s = api.resolve(schema);
        if (depth > 6) {
            return fields;
        }
        switch (ServedApi.type(s)) {
            case "object" -> s.path("properties").fields().forEachRemaining(p -> {
                List<Object> path = new ArrayList<>(prefix);
                path.add(p.getKey());
                JsonNode ps = api.resolve(p.getValue());
                fields.add(new Field(path, ps));
                fields.addAll(fields(ps, path, depth + 1));
            });
            case "array" -> {
                List<Object> path = new ArrayList<>(prefix);
                path.add(0);
                JsonNode items = api.resolve(s.path("items"));
                fields.add(new Field(path, items));
                fields.addAll(fields(items, path, depth + 1));
            }
            default -> {
            }
        }
        return fields;
    }

    /** Sets the value at the path, creating valid containers on the way where the valid body has none. */
    private JsonNode set(JsonNode node, JsonNode schema, List<Object> path, int i, JsonNode value) {
        if (i == path.size()) {
            return value;
        }
        JsonNode s = api.resolve(schema);
        Object segment = path.get(i);
        if (segment instanceof Integer) {
            ArrayNode array = node instanceof ArrayNode a ? a : Values.NODES.arrayNode();
            JsonNode itemSchema = s.path("items");
            if (array.isEmpty()) {
                array.add(values.valid(itemSchema));
            }
            array.set(0, set(array.get(0), itemSchema, path, i + 1, value));
            return array;
        }
        ObjectNode object = node instanceof ObjectNode o ? o : (ObjectNode) values.valid(s);
        JsonNode propertySchema = s.path("properties").path((String) segment);
        JsonNode child = object.get((String) segment);
        if (child == null || child.isNull()) {
            child = i + 1 == path.size() ? null : values.valid((String) segment, propertySchema, 0);
        }
        object.set((String) segment, set(child, propertySchema, path, i + 1, value));
        return object;
    }
}
