package org.gongkai.common;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The application's own settings ({@code gongkai.*} in application.properties), typed and checked at
 * start: a misspelt or malformed value stops the start instead of surfacing later.
 */
@ConfigMapping(prefix = "gongkai")
public interface GongkaiConfig {

    /** The PostgreSQL server both pools connect to (the Quarkus datasource settings refer to these). */
    Db db();

    Keycloak keycloak();

    DemoData demoData();

    Lifecycle lifecycle();

    Popularity popularity();

    interface Db {
        String host();

        int port();

        String name();
    }

    interface Keycloak {
        /** Base URL the backend reaches Keycloak at; the realm is {@code gongkai}. */
        String url();
    }

    interface DemoData {
        /** Load the demo data into an empty database (demo, dev and test profiles only). */
        @WithDefault("false")
        boolean enabled();
    }

    interface Lifecycle {
        /** How often scheduled status changes are checked, or {@code off}. */
        @WithDefault("10m")
        String checkEvery();
    }

    interface Popularity {
        /** How often read counts are written to the database. */
        @WithDefault("30s")
        Duration flushEvery();
    }
}
