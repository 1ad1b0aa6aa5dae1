package org.gongkai.support;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Starts one throw-away embedded PostgreSQL for the test run and points both pools at it. */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    public static final String PORT_PROPERTY = "guards.test.db.port";

    private EmbeddedPostgresServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = EmbeddedPostgresServer.start(null, 0);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start embedded PostgreSQL", e);
        }
        // for test doubles between the application and the database (support/FaultsProfile)
        System.setProperty(PORT_PROPERTY, String.valueOf(server.port()));
        return Map.of("gongkai.db.host", "localhost", "gongkai.db.port", String.valueOf(server.port()));
    }

    @Override
    public void stop() {
        try {
            if (server != null) {
                server.close();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
