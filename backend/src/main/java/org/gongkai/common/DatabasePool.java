package org.gongkai.common;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgPool;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;

/**
 * The reactive pool with bounded waits, so that a request never hangs on an unreachable database: the
 * client's defaults are a 60 s connect timeout and a 30 s wait for a pooled connection, and Quarkus has
 * no setting for either. With these, an outage answers 503 within seconds, and the pool opens new
 * connections as soon as the database is back (no restart).
 */
@ApplicationScoped
public class DatabasePool implements PgPoolCreator {

    private final Duration connectTimeout;
    private final Duration acquireTimeout;
    private final int maxWaitQueue;

    public DatabasePool(GongkaiConfig config) {
        this.connectTimeout = config.db().connectTimeout();
        this.acquireTimeout = config.db().acquireTimeout();
        this.maxWaitQueue = config.db().maxWaitQueue();
    }

    @Override
    public Pool create(Input input) {
        PoolOptions pool = input.poolOptions()
                .setConnectionTimeout((int) acquireTimeout.toMillis())
                .setConnectionTimeoutUnit(java.util.concurrent.TimeUnit.MILLISECONDS)
                .setMaxWaitQueueSize(maxWaitQueue);
        for (PgConnectOptions options : input.pgConnectOptionsList()) {
            options.setConnectTimeout((int) connectTimeout.toMillis());
            // Every statement is prepared once per connection and planned for any parameter: a custom plan
            // for a common search term is a sequential scan that reads back each guide's whole tsvector,
            // as the planner does not count that cost; the generic plan uses the GIN index for every term.
            options.addProperty("plan_cache_mode", "force_generic_plan");
        }
        // Quarkus expects a PgPool here (it casts), which only the deprecated factory returns in Vert.x 4
        @SuppressWarnings("deprecation")
        PgPool created = PgPool.pool(input.vertx(), input.pgConnectOptionsList(), pool);
        return created;
    }
}
