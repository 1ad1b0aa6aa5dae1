package org.gongkai.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;

import org.gongkai.common.GongkaiConfig;
import org.gongkai.search.opensearch.OpenSearchEngine;
import org.gongkai.search.opensearch.OpenSearchIndexer;
import org.gongkai.search.opensearch.SearchOutbox;
import org.gongkai.search.postgres.PostgresSearchEngine;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;

/** The engine {@code gongkai.search.engine} selects; only that one is ever created. */
@ApplicationScoped
public class SearchEngines {

    private final GongkaiConfig.Search.Engine selected;

    public SearchEngines(GongkaiConfig config) {
        this.selected = config.search().engine();
    }

    @Produces
    @ApplicationScoped
    SearchEngine engine(Instance<PostgresSearchEngine> postgres, Instance<OpenSearchEngine> opensearch) {
        return selected == GongkaiConfig.Search.Engine.OPENSEARCH ? opensearch.get() : postgres.get();
    }

    /** OpenSearch: the indexer opens the index and drains the outbox. PostgreSQL: nobody drains it, so it is not filled. */
    void onStart(@Observes StartupEvent event, Instance<OpenSearchIndexer> indexer, SearchOutbox outbox) throws Throwable {
        if (selected == GongkaiConfig.Search.Engine.OPENSEARCH) {
            indexer.get().activate();
        } else {
            VertxContextSupport.subscribeAndAwait(outbox::switchOff);
        }
    }
}
