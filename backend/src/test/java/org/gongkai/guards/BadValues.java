package org.gongkai.guards;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * Bad values for a schema, derived from what it declares (type, format, enum, bounds, length, pattern)
 * plus what every text field must survive: empty and blank, control characters (NUL first), injection
 * strings, huge values, odd Unicode.
 */
final class BadValues {

    record Bad(String label, JsonNode value) {
    }

    static final List<String> HOSTILE_TEXT = List.of(
            "", " ", "\u0000", "ab\u0000cd", "\u0001", "\u001b[2J", "\u0007\u0008",
            "' OR 1=1 --", "\"; DROP TABLE service_item; --", "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/x}",
            "../../../../etc/passwd", "%00", "%s%n%x", "\uD800", "😀🏛️", "null", "NaN", "-1", "9".repeat(40));

    private BadValues() {
    }

    /** Values for a JSON body field. */
    static List<Bad> forField(JsonNode s) {
        List<Bad> bad = new ArrayList<>();
        String type = ServedApi.type(s);
        bad.add(new Bad("null", Values.NODES.nullNode()));
        switch (type) {
            case "string" -> {
                bad.add(new Bad("number", Values.NODES.numberNode(12345)));
                bad.add(new Bad("boolean", Values.NODES.booleanNode(true)));
                bad.add(new Bad("array", Values.NODES.arrayNode().add("x")));
                bad.add(new Bad("object", Values.NODES.objectNode().put("x", 1)));
                for (String text : HOSTILE_TEXT) {
                    bad.add(new Bad("text " + visible(text), Values.NODES.textNode(text)));
                }
                bad.addAll(stringLimits(s));
            }
            case "integer", "number" -> {
                bad.add(new Bad("string", Values.NODES.textNode("abc")));
                bad.add(new Bad("numeric string", Values.NODES.textNode("12")));
                bad.add(new Bad("fraction", Values.NODES.numberNode(1.5)));
                bad.add(new Bad("boolean", Values.NODES.booleanNode(true)));
                bad.add(new Bad("array", Values.NODES.arrayNode().add(1)));
                bad.add(new Bad("huge", Values.NODES.numberNode(new BigInteger("1" + "0".repeat(30)))));
                bad.add(new Bad("long min", Values.NODES.numberNode(Long.MIN_VALUE)));
                bad.add(new Bad("text NUL", Values.NODES.textNode("\u0000")));
                if (s.has("minimum")) {
                    bad.add(new Bad("below minimum", Values.NODES.numberNode(s.get("minimum").asLong() - 1)));
                }
                if (s.has("maximum")) {
                    bad.add(new Bad("above maximum", Values.NODES.numberNode(s.get("maximum").asLong() + 1)));
                }
            }
            case "boolean" -> {
                bad.add(new Bad("string", Values.NODES.textNode("yes")));
                bad.add(new Bad("number", Values.NODES.numberNode(1)));
                bad.add(new Bad("object", Values.NODES.objectNode()));
            }
            case "array" -> {
                bad.add(new Bad("string", Values.NODES.textNode("x")));
                bad.add(new Bad("object", Values.NODES.objectNode()));
                bad.add(new Bad("array of NUL strings", Values.NODES.arrayNode().add("\u0000")));
                bad.add(new Bad("array of nulls", Values.NODES.arrayNode().addNull()));
                bad.add(new Bad("nested arrays", Values.NODES.arrayNode().add(Values.NODES.arrayNode().add(Values.NODES.arrayNode()))));
                if (s.has("maxItems")) {
                    ArrayNode many = Values.NODES.arrayNode();
                    for (int i = 0; i <= s.get("maxItems").asInt(); i++) {
                        many.add("x");
                    }
                    bad.add(new Bad("more than maxItems", many));
                }
            }
            case "object" -> {
                bad.add(new Bad("string", Values.NODES.textNode("x")));
                bad.add(new Bad("number", Values.NODES.numberNode(1)));
                bad.add(new Bad("array", Values.NODES.arrayNode().add(Values.NODES.objectNode())));
                bad.add(new Bad("unknown field", Values.NODES.objectNode().put("notAField", "x")));
            }
            default -> bad.add(new Bad("string", Values.NODES.textNode("\u0000")));
        }
        return bad;
    }

    /** Values for a path, query or header parameter (always sent as text). */
    static List<String> forParameter(JsonNode s, boolean header) {
        List<String> bad = new ArrayList<>();
        for (String text : HOSTILE_TEXT) {
            // HTTP forbids control characters in header values; the client library refuses to send them
            if (!header || text.chars().noneMatch(c -> c < 0x20)) {
                bad.add(text);
            }
        }
        bad.addAll(List.of("true", "[]", "{}", "1e308", "0", "-99999999999999999999", "a".repeat(300)));
        bad.add("x".repeat(header ? 20_000 : 9_000)); // beyond the URI / header limits: 414 / 431
        String type = ServedApi.type(s);
        if (type.equals("integer") || type.equals("number")) {
            bad.addAll(List.of("abc", "1.5", "2147483648", "0x10", " 1"));
            if (s.has("minimum")) {
                bad.add(String.valueOf(s.get("minimum").asLong() - 1));
            }
            if (s.has("maximum")) {
                bad.add(String.valueOf(s.get("maximum").asLong() + 1));
            }
        }
        for (Bad b : stringLimits(s)) {
            bad.add(b.value().asText());
        }
        if (header) {
            bad.addAll(List.of("*", "W/\"1\"", "\"-1\"", "\"99999999999999999999\"", "\"1\", \"2\"", "\"", "1"));
        }
        return bad;
    }

    private static List<Bad> stringLimits(JsonNode s) {
        List<Bad> bad = new ArrayList<>();
        if (s.has("maxLength")) {
            bad.add(new Bad("longer than maxLength", Values.NODES.textNode("长".repeat(s.get("maxLength").asInt() + 1))));
        } else {
            bad.add(new Bad("long", Values.NODES.textNode("长".repeat(5_000))));
        }
        if (s.has("pattern")) {
            bad.add(new Bad("against the pattern", Values.NODES.textNode("!! not this pattern !!")));
        }
        if (s.has("enum")) {
            bad.add(new Bad("not in enum", Values.NODES.textNode("NOT_A_VALUE")));
            bad.add(new Bad("enum in lower case", Values.NODES.textNode(s.get("enum").get(0).asText().toLowerCase())));
        }
        switch (s.path("format").asText("")) {
            case "uuid" -> {
                bad.add(new Bad("not a uuid", Values.NODES.textNode("not-a-uuid")));
                bad.add(new Bad("unknown uuid", Values.NODES.textNode("00000000-0000-0000-0000-000000000000")));
            }
            case "date" -> {
                bad.add(new Bad("impossible date", Values.NODES.textNode("2024-02-30")));
                bad.add(new Bad("not a date", Values.NODES.textNode("yesterday")));
                bad.add(new Bad("past date", Values.NODES.textNode("2001-01-01")));
            }
            case "date-time" -> bad.add(new Bad("not a time", Values.NODES.textNode("25:61")));
            default -> {
            }
        }
        return bad;
    }

    static String visible(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(24).forEach(c -> out.append(c < 0x20 || (c >= 0xD800 && c <= 0xDFFF) ? String.format("\\u%04X", c)
                : new String(Character.toChars(c))));
        return "'" + out + (text.length() > 24 ? "…(" + text.length() + ")" : "") + "'";
    }
}
