package org.gongkai.support;

import java.io.File;
import java.util.Map;

/** A real OpenSearch 2.19 node for the OpenSearch engine's tests (port 9201; opensearch/opensearch.sh). */
public class OpenSearchResource extends ScriptedServerResource {

    public OpenSearchResource() {
        super(System.getenv().getOrDefault("OPENSEARCH_TEST_URL", "http://localhost:9201"), "/_cluster/health", "../opensearch/opensearch.sh");
    }

    @Override
    Map<String, String> environment(int port) {
        return Map.of("OS_PORT", String.valueOf(port), "OS_TRANSPORT_PORT", String.valueOf(port + 100),
                "OS_DATA", new File("../.gongkai/opensearch-data/test").getAbsolutePath());
    }

    @Override
    Map<String, String> config(String url) {
        return Map.of("gongkai.search.opensearch.url", url);
    }
}
