package org.gongkai.search.opensearch;

import java.io.IOException;
import java.net.URISyntaxException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.gongkai.common.GongkaiConfig;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchAsyncClient;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/** The OpenSearch client, made only when the OpenSearch engine is selected (beans are created on first use). */
@ApplicationScoped
public class OpenSearchClientProducer {

    /** Connections to the cluster: as many as requests the API serves at once, not the client's default of 10. */
    private static final int CONNECTIONS = 64;

    // a singleton: the client class cannot be proxied; it is still made only when first injected
    @Produces
    @Singleton
    OpenSearchAsyncClient client(GongkaiConfig config) throws URISyntaxException {
        GongkaiConfig.Search.OpenSearch settings = config.search().opensearch();
        Timeout timeout = Timeout.ofMilliseconds(settings.requestTimeout().toMillis());
        return new OpenSearchAsyncClient(ApacheHttpClient5TransportBuilder.builder(HttpHost.create(settings.url()))
                .setMapper(new JacksonJsonpMapper())
                .setRequestConfigCallback(r -> r.setConnectionRequestTimeout(timeout).setResponseTimeout(timeout))
                .setHttpClientConfigCallback(h -> h.setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(CONNECTIONS).setMaxConnPerRoute(CONNECTIONS).build()))
                .build());
    }

    void close(@Disposes OpenSearchAsyncClient client) throws IOException {
        client._transport().close();
    }
}
