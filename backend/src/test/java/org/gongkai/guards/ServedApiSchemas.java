package org.gongkai.guards;

import com.fasterxml.jackson.databind.JsonNode;

/** Where in the served document an operation's success response describes its body. */
final class ServedApiSchemas {

    private ServedApiSchemas() {
    }

    static JsonNode okSchema(ServedApi api, ServedApi.Operation op) {
        JsonNode ops = api.document().path("paths").path(op.path()).path(op.method()).path("responses");
        JsonNode ok = api.resolve(ops.path("200"));
        JsonNode schema = ok.path("content").path("application/json").path("schema");
        return schema.isMissingNode() ? null : schema;
    }
}
