package org.gongkai.common;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
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

    Http http();

    DemoData demoData();

    Lifecycle lifecycle();

    Applications applications();

    Mail mail();

    Popularity popularity();

    Site site();

    PersonalData personalData();

    Search search();

    /** Where the public search's index lives. */
    interface Search {
        /** {@code postgres} (the default: the database's own index) or {@code opensearch}. */
        @WithDefault("postgres")
        Engine engine();

        OpenSearch opensearch();

        enum Engine {
            POSTGRES, OPENSEARCH
        }

        interface OpenSearch {
            /** The cluster's HTTP address. */
            @WithDefault("http://localhost:9200")
            String url();

            /** The index's name; several deployments (or the tests) can share a cluster under different names. */
            @WithDefault("gongkai-search")
            String index();

            /** Replicas of the index's shard: 0 on one node, 1 or more in a cluster. */
            @WithDefault("0")
            int replicas();

            /** Deadline for every request to the cluster. */
            @WithDefault("5s")
            Duration requestTimeout();

            /**
             * How often the outbox is drained besides when a write wakes the indexer (a lost
             * notification, a failed run).
             */
            @WithDefault("1s")
            Duration drainEvery();
        }
    }

    /** Applicants' personal data. */
    interface PersonalData {
        /**
         * The AES-256 key (32 bytes, base64) ID numbers are encrypted with. No default: a production
         * start without one stops; the demo, dev and test profiles set a fixed, public one.
         */
        String key();
    }

    /** The public site (the SPA), as feeds and sitemaps link to it. */
    interface Site {
        /** Its base URL, without a trailing slash. */
        @WithDefault("http://localhost:5173")
        String url();
    }

    interface Db {
        String host();

        int port();

        String name();

        /** How long opening a connection may take (the client's default is 60 s). */
        @WithDefault("3s")
        Duration connectTimeout();

        /** How long a request waits for a pooled connection (the client's default is 30 s). */
        @WithDefault("5s")
        Duration acquireTimeout();

        /** Requests waiting for a connection beyond this are refused at once (503). */
        @WithDefault("256")
        int maxWaitQueue();
    }

    interface Keycloak {
        /** Base URL the backend reaches Keycloak at; the realm is {@code gongkai}. */
        String url();

        /** Deadline for every request to Keycloak, answer included (quarkus.oidc.connection-timeout is the connect only). */
        @WithDefault("3s")
        Duration requestTimeout();

        /** The backend's own client, whose service account reads the staff directory (view-users, query-users). */
        Directory directory();

        interface Directory {
            @WithDefault("gongkai-directory")
            String clientId();

            /** No default: a production start without one stops; the demo, dev and test profiles use the dev realm's. */
            String secret();
        }
    }

    /** The API's own request limits, answered as problem+json (set below the HTTP codec's). */
    interface Http {
        @WithDefault("8192")
        int maxUriLength();

        @WithDefault("16K")
        MemorySize maxHeaderSize();

        /** The largest JSON request body (quarkus.http.limits.max-body-size is the largest of all, for file uploads). */
        @WithDefault("256K")
        MemorySize maxJsonBody();

        /** The largest uploaded file (an attachment of a disclosure record). */
        @WithDefault("20M")
        MemorySize maxUpload();
    }

    interface DemoData {
        /** Load the demo data into an empty database (demo, dev and test profiles only). */
        @WithDefault("false")
        boolean enabled();
    }

    interface Applications {
        /** How often lapsed correction and fee deadlines and due reminders are checked, or {@code off}. */
        @WithDefault("10m")
        String checkEvery();
    }

    interface Mail {
        /** How often queued mails are sent, or {@code off}. */
        @WithDefault("2s")
        String sendEvery();
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
