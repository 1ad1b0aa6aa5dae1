package org.gongkai.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Every Quarkus test runs against one embedded PostgreSQL (declared once here for all test classes). */
@QuarkusTestResource(PostgresResource.class)
public final class TestDatabase {
    private TestDatabase() {
    }
}
