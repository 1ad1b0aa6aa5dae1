package org.gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.inject.Inject;

import org.gongkai.search.postgres.PostgresSearchEngine;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The search suite on the PostgreSQL engine (the default): its index is written in the transaction of the write. */
@QuarkusTest
class PostgresSearchTest extends SearchSuite {

    @Inject
    PostgresSearchEngine engine;

    @Override
    Duration freshness() {
        return Duration.ZERO;
    }

    @Override
    void awaitIndexed() {
        // nothing to wait for: the triggers wrote the index when the write committed
    }

    @Override
    void bulkLoaded() throws Exception {
        // what autovacuum does once a table has changed this much: the engine reads its term statistics
        sql("ANALYZE search_document");
        engine.forgetStatistics();
    }

    @Test
    void theOutboxIsNeitherOnNorFilledWhileNobodyDrainsIt() throws Exception {
        UUID id = publish("关于北港工业区道路命名的公告", "<p>北港工业区新建道路命名如下。</p>", "VALID", LocalDate.of(2026, 7, 1));
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT (SELECT enabled FROM search_outbox_switch), (SELECT count(*) FROM search_outbox)")) {
            assertTrue(r.next());
            assertFalse(r.getBoolean(1));
            assertEquals(0, r.getLong(2));
            assertTrue(search("q=北港工业区").getList("items.id").contains(id.toString()));
        } finally {
            delete(id);
        }
    }
}
