package org.gongkai.guards;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Valid values for a schema, from the schema alone: real instances of a component when the API has
 * served one (a guide read from the catalogue), otherwise built from required properties, enums,
 * patterns, examples, formats and bounds. Values that must name an existing record (a department code
 * in a create request) come from the records under test.
 */
final class Values {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final java.util.concurrent.atomic.AtomicLong YEARS = new java.util.concurrent.atomic.AtomicLong();

    private final ServedApi api;
    private final Map<String, JsonNode> samples = new HashMap<>();
    private final Map<String, String> references = new HashMap<>();
    /** Not seeded: generated codes must differ between runs and between Values instances (they are unique keys). */
    private final Random random = new Random();

    Values(ServedApi api) {
        this.api = api;
    }

    /** A property whose value must be an existing record's key, e.g. departmentCode. */
    Values reference(String property, String value) {
        references.put(property, value);
        return this;
    }

    /** Records every component instance found in a served response, walking it along its schema. */
    void harvest(JsonNode instance, JsonNode schema) {
        harvest(instance, schema, 0);
    }

    private void harvest(JsonNode instance, JsonNode schema, int depth) {
        if (instance == null || instance.isNull() || instance.isMissingNode() || depth > 12) {
            return;
        }
        JsonNode s = api.resolve(schema);
        // objects only: a served enum value (an item's DRAFT status) is no better than the documented example
        if (s.has("x-ref") && instance.isObject()) {
            samples.putIfAbsent(s.get("x-ref").asText(), instance.deepCopy());
        }
        switch (ServedApi.type(s)) {
            case "object" -> s.path("properties").fields()
                    .forEachRemaining(p -> harvest(instance.get(p.getKey()), p.getValue(), depth + 1));
            case "array" -> {
                if (instance.isArray() && instance.size() > 0) {
                    harvest(instance.get(0), s.path("items"), depth + 1);
                }
            }
            default -> {
            }
        }
    }

    /** A valid instance of a component to use as is (one whose rules span fields the schema cannot say). */
    Values sample(String component, JsonNode instance) {
        samples.put(component, instance);
        return this;
    }

    boolean hasSample(String component) {
        return samples.containsKey(component);
    }

    JsonNode valid(JsonNode schema) {
        return valid(null, schema, 0);
    }

    JsonNode valid(String property, JsonNode schema, int depth) {
        JsonNode s = api.resolve(schema);
        if (property != null && references.containsKey(property)) {
            return NODES.textNode(references.get(property));
        }
        if (s.has("x-ref") && samples.containsKey(s.get("x-ref").asText())) {
            return samples.get(s.get("x-ref").asText()).deepCopy();
        }
        switch (ServedApi.type(s)) {
            case "object": {
                ObjectNode object = NODES.objectNode();
                Set<String> required = new java.util.HashSet<>();
                s.path("required").forEach(r -> required.add(r.asText()));
                for (Iterator<Map.Entry<String, JsonNode>> it = s.path("properties").fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> p = it.next();
                    if (required.contains(p.getKey()) && depth < 10) {
                        object.set(p.getKey(), valid(p.getKey(), p.getValue(), depth + 1));
                    }
                }
                return object;
            }
            case "array": {
                ArrayNode array = NODES.arrayNode();
                for (int i = 0; i < s.path("minItems").asInt(0); i++) {
                    array.add(valid(null, s.path("items"), depth + 1));
                }
                return array;
            }
            case "integer":
            case "number": {
                if ("year".equals(property) && s.has("maximum")) {
                    // a year can be a unique key (a calendar year): every generated one differs, counting down from the last
                    return NODES.numberNode(s.get("maximum").asLong() - YEARS.getAndIncrement());
                }
                long value = s.has("default") ? s.get("default").asLong() : s.has("minimum") ? s.get("minimum").asLong() : 1;
                if (s.has("maximum")) {
                    value = Math.min(value, s.get("maximum").asLong());
                }
                return NODES.numberNode(value);
            }
            case "boolean":
                return NODES.booleanNode(false);
            default:
                return NODES.textNode(validString(s));
        }
    }

    String validString(JsonNode s) {
        String pattern = s.path("pattern").asText(null);
        // a real constraint (a code, an id) is generated, so that every value is new; "\S" only says "not blank"
        if (pattern != null && !pattern.equals("\\S")) {
            return fromPattern(pattern);
        }
        // a documented date is a day that passes: a deadline a month ahead stays valid whenever the test runs
        if (s.path("format").asText("").equals("date")) {
            return LocalDate.now().plusDays(30).toString();
        }
        // the documented example before the first enum value: it is the typical one (SUSPENDED, not DRAFT)
        if (s.has("examples")) {
            return s.get("examples").get(0).asText();
        }
        if (s.has("enum")) {
            return s.get("enum").get(0).asText();
        }
        if (s.has("example")) {
            return s.get("example").asText();
        }
        switch (s.path("format").asText("")) {
            case "uuid":
                return UUID.randomUUID().toString();
            case "date":
                return LocalDate.now().plusDays(30).toString();
            case "date-time":
                return OffsetDateTime.now().toString();
            default:
                // unique, since some texts are (a department's name)
                return "测试值-" + fromPattern("[a-z]{6}");
        }
    }

    /** A string matching a simple regular expression: classes, escapes, literals and quantifiers. */
    String fromPattern(String regex) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < regex.length()) {
            String alphabet;
            char c = regex.charAt(i);
            if (c == '[') {
                int end = regex.indexOf(']', i + 1);
                alphabet = expand(regex.substring(i + 1, end));
                i = end + 1;
            } else if (c == '\\') {
                char e = regex.charAt(i + 1);
                alphabet = e == 'd' ? "0123456789" : e == 'S' || e == 'w' ? "abcxyz" : String.valueOf(e);
                i += 2;
            } else if (c == '^' || c == '$') {
                i++;
                continue;
            } else {
                alphabet = String.valueOf(c);
                i++;
            }
            int min = 1;
            int max = 1;
            if (i < regex.length()) {
                char q = regex.charAt(i);
                if (q == '{') {
                    int end = regex.indexOf('}', i);
                    String[] bounds = regex.substring(i + 1, end).split(",", -1);
                    min = Integer.parseInt(bounds[0]);
                    max = bounds.length == 1 ? min : bounds[1].isEmpty() ? min + 8 : Integer.parseInt(bounds[1]);
                    i = end + 1;
                } else if (q == '*' || q == '+' || q == '?') {
                    min = q == '+' ? 1 : 0;
                    max = q == '?' ? 1 : 8;
                    i++;
                }
            }
            int n = Math.min(max, min + random.nextInt(Math.max(1, Math.min(max - min, 10) + 1)));
            for (int k = 0; k < n; k++) {
                out.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
        }
        String value = out.toString();
        if (!Pattern.matches(regex, value)) {
            throw new IllegalStateException("cannot generate a value for " + regex + " (got " + value + ")");
        }
        return value;
    }

    private static String expand(String set) {
        StringBuilder chars = new StringBuilder();
        for (int i = 0; i < set.length(); i++) {
            if (i + 2 < set.length() && set.charAt(i + 1) == '-') {
                for (char c = set.charAt(i); c <= set.charAt(i + 2); c++) {
                    chars.append(c);
                }
                i += 2;
            } else {
                chars.append(set.charAt(i));
            }
        }
        return chars.toString();
    }

    /** The served representation cut down to what the request schema defines (a PUT sends back what it read). */
    JsonNode project(JsonNode instance, JsonNode schema) {
        JsonNode s = api.resolve(schema);
        if (instance == null || instance.isNull()) {
            return instance;
        }
        switch (ServedApi.type(s)) {
            case "object": {
                ObjectNode out = NODES.objectNode();
                s.path("properties").fields().forEachRemaining(p -> {
                    if (instance.has(p.getKey()) && !instance.get(p.getKey()).isNull()) {
                        out.set(p.getKey(), project(instance.get(p.getKey()), p.getValue()));
                    }
                });
                return out;
            }
            case "array": {
                ArrayNode out = NODES.arrayNode();
                instance.forEach(item -> out.add(project(item, s.path("items"))));
                return out;
            }
            default:
                return instance.deepCopy();
        }
    }
}
