package org.gongkai.support;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The application with the OpenSearch engine, on a real node and an index of its own. The outbox's
 * timed drain is an hour apart: what the suite finds in time was sent because the write's commit
 * woke the indexer.
 */
public class OpenSearchProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("gongkai.search.engine", "opensearch", "gongkai.search.opensearch.index", "gongkai-search-test",
                "gongkai.search.opensearch.drain-every", "1h");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(OpenSearchResource.class));
    }
}
