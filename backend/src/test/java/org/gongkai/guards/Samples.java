package org.gongkai.guards;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.response.Response;

/** Real component instances for valid bodies, read from the GET operations of the served document. */
final class Samples {

    private Samples() {
    }

    /** Every GET that needs no path value, then one level down with the first id a listing showed. */
    static void harvest(ServedApi api, Values values) {
        for (ServedApi.Operation op : api.operations()) {
            if (op.method().equals("get") && !op.path().contains("{")) {
                harvest(api, values, op, op.path());
            }
        }
        for (ServedApi.Operation op : api.operations()) {
            if (op.method().equals("get") && op.path().matches("[^{]*/\\{[^}]+}")) {
                String collection = op.path().substring(0, op.path().lastIndexOf('/'));
                String param = op.path().substring(op.path().lastIndexOf('{') + 1, op.path().length() - 1);
                JsonNode list = read(collection);
                JsonNode items = list == null ? null : list.isArray() ? list : list.path("items");
                if (items != null && items.size() > 0 && items.get(0).hasNonNull(param)) {
                    harvest(api, values, op, op.path().replace("{" + param + "}", Calls.encode(items.get(0).get(param).asText())));
                }
            }
        }
    }

    private static void harvest(ServedApi api, Values values, ServedApi.Operation op, String url) {
        JsonNode body = read(url);
        JsonNode schema = ServedApiSchemas.okSchema(api, op);
        if (body != null && schema != null) {
            values.harvest(body, schema);
        }
    }

    static JsonNode read(String url) {
        Response r = given().urlEncodingEnabled(false).get(url);
        if (r.statusCode() != 200) {
            return null;
        }
        try {
            return ServedApi.JSON.readTree(r.asString());
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** An application valid as a whole: its contact rule spans fields the schema cannot say. */
    static com.fasterxml.jackson.databind.node.ObjectNode application(String department) {
        return ServedApi.JSON.createObjectNode().put("applicantType", "NATURAL_PERSON").put("applicantName", "守卫测试")
                .put("idType", "RESIDENT_ID").put("idNumber", "210000199001011234").put("phone", "0429-1234567")
                .put("departmentCode", department).put("description", "守卫测试申请").put("formWanted", "ELECTRONIC").put("delivery", "ONLINE");
    }
}
