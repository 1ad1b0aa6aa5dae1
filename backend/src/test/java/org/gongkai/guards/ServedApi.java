package org.gongkai.guards;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI document the server serves, read as data: its operations, their parameters and bodies,
 * with $refs resolved. The guards walk this, so an operation added later is covered without anyone
 * adding a test for it.
 */
final class ServedApi {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");

    record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    record Operation(String method, String path, String id, List<String> tags, List<Parameter> parameters, JsonNode body,
            String bodyRef, boolean secured, boolean uploadsFile) {

        boolean isWrite() {
            return WRITES.contains(method);
        }

        boolean hasIfMatch() {
            return parameters.stream().anyMatch(p -> p.in().equals("header") && p.name().equalsIgnoreCase("If-Match"));
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path + " (" + id + ")";
        }
    }

    private final JsonNode document;
    private final List<Operation> operations = new ArrayList<>();

    private ServedApi(JsonNode document) {
        this.document = document;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext();) {
                Map.Entry<String, JsonNode> m = methods.next();
                JsonNode op = m.getValue();
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode p : op.path("parameters")) {
                    JsonNode param = resolve(p);
                    parameters.add(new Parameter(param.path("name").asText(), param.path("in").asText(),
                            param.path("required").asBoolean(false), resolve(param.path("schema"))));
                }
                JsonNode bodySchema = op.path("requestBody").path("content").path("application/json").path("schema");
                String bodyRef = bodySchema.has("$ref") ? refName(bodySchema.get("$ref").asText()) : null;
                List<String> tags = new ArrayList<>();
                op.path("tags").forEach(t -> tags.add(t.asText()));
                operations.add(new Operation(m.getKey(), path.getKey(), op.path("operationId").asText(), tags, parameters,
                        bodySchema.isMissingNode() ? null : resolve(bodySchema), bodyRef, op.has("security"),
                        op.path("requestBody").path("content").has("application/octet-stream")));
            }
        }
    }

    static ServedApi load() {
        String json = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        try {
            return new ServedApi(JSON.readTree(json));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    JsonNode document() {
        return document;
    }

    List<Operation> operations() {
        return operations;
    }

    Operation operation(String method, String path) {
        return operations.stream().filter(o -> o.method().equals(method) && o.path().equals(path)).findFirst().orElse(null);
    }

    static String refName(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    /** Follows $ref (also inside a lone allOf/anyOf with null), keeping sibling keywords like examples. */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int depth = 0; depth < 20; depth++) {
            if (current.has("$ref")) {
                String ref = current.get("$ref").asText();
                JsonNode target = document.at(ref.substring(1));
                ObjectNode merged = ((ObjectNode) target.deepCopy());
                current.fields().forEachRemaining(e -> {
                    if (!e.getKey().equals("$ref") && !e.getKey().equals("type")) {
                        merged.set(e.getKey(), e.getValue());
                    }
                });
                merged.put("x-ref", refName(ref));
                current = merged;
                continue;
            }
            JsonNode alternatives = current.has("anyOf") ? current.get("anyOf") : current.get("allOf");
            if (alternatives != null) {
                JsonNode chosen = null;
                for (JsonNode alternative : alternatives) {
                    if (!"null".equals(alternative.path("type").asText())) {
                        chosen = alternative;
                    }
                }
                if (chosen != null) {
                    ObjectNode merged = ((ObjectNode) chosen.deepCopy());
                    current.fields().forEachRemaining(e -> {
                        if (!Set.of("anyOf", "allOf", "type").contains(e.getKey()) && !merged.has(e.getKey())) {
                            merged.set(e.getKey(), e.getValue());
                        }
                    });
                    current = merged;
                    continue;
                }
            }
            return current;
        }
        return current;
    }

    /** The schema's type, ignoring "null" in a type list. */
    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        if (schema.has("properties")) {
            return "object";
        }
        if (schema.has("enum")) {
            return "string";
        }
        return "any";
    }
}
