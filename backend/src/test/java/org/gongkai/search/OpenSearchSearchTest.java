package org.gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.inject.Inject;

import org.gongkai.search.opensearch.OpenSearchIndex;
import org.gongkai.search.opensearch.OpenSearchIndexer;
import org.gongkai.search.opensearch.SearchOutbox;
import org.gongkai.support.OpenSearchProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The search suite on the OpenSearch engine, against a real OpenSearch 2.19 node (the test command
 * starts one; run alone, {@link org.gongkai.support.OpenSearchResource} does). Writes reach it through
 * the outbox, by themselves: a record published or withdrawn is found, or gone, without any manual step.
 */
@QuarkusTest
@TestProfile(OpenSearchProfile.class)
class OpenSearchSearchTest extends SearchSuite {

    private static final Duration BULK = Duration.ofSeconds(60);

    @Inject
    OpenSearchIndexer indexer;

    @Inject
    SearchOutbox outbox;

    @Inject
    OpenSearchIndex index;

    /**
     * A bound for correctness (the change reaches the index by itself), not the speed target: the commit
     * wakes the indexer, which sends the change and refreshes a small batch at once (the suite prints
     * each wait it measured; the search benchmark measures the delay). The profile's timed drain is an
     * hour apart, so nothing but the wake-up can meet this bound. Speed belongs in benchmarks, not in
     * timed tests.
     */
    @Override
    Duration freshness() {
        return Duration.ofSeconds(10);
    }

    @BeforeEach
    void indexBuilt() throws Exception {
        // the first start of the profile rebuilds the index from the database
        awaitIndexed();
    }

    @Override
    void awaitIndexed() throws InterruptedException {
        long deadline = System.nanoTime() + BULK.toNanos();
        while (!indexer.opened() || outbox.pending().await().atMost(BULK) > 0) {
            assertTrue(System.nanoTime() < deadline, "the outbox was not drained within " + BULK);
            Thread.sleep(50);
        }
        index.refresh().await().atMost(BULK);
    }

    @Override
    void bulkLoaded() throws InterruptedException {
        awaitIndexed();
    }

    @Test
    void aLostListeningConnectionIsReplacedAndWritesAreFoundAgain() throws Exception {
        awaitIndexed();
        // as a database failover or an idle-session killer would end it
        try (var c = db.getConnection(); var s = c.createStatement();
                var r = s.executeQuery("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE query = 'LISTEN search_outbox'")) {
            r.next();
            assertEquals(1, r.getInt(1), "the indexer listens on one session");
        }
        UUID id = publish("关于月亮河步道贯通的通告", "<p>月亮河步道全线贯通。</p>", "VALID", LocalDate.of(2026, 6, 2));
        try {
            eventually(() -> assertTrue(search("q=月亮河步道").getList("items.id").contains(id.toString())));
        } finally {
            delete(id);
        }
    }

    @Test
    void aWriteThatRollsBackLeavesNothingToSendAndOneThatCommitsIsQueuedWithIt() throws Exception {
        awaitIndexed();
        try (var c = db.getConnection()) {
            c.setAutoCommit(false);
            try (var s = c.prepareStatement("UPDATE disclosure_record SET title = title || '（修订）' WHERE id = (SELECT id FROM disclosure_record"
                    + " WHERE status = 'PUBLISHED' AND disclosure_mode = 'PROACTIVE' LIMIT 1)")) {
                assertEquals(1, s.executeUpdate());
            }
            c.rollback();
        }
        assertEquals(0L, outbox.pending().await().atMost(BULK));
        UUID id = publish("关于白沙湾岸线整治的公告", "<p>白沙湾岸线整治工程现予公告。</p>", "VALID", LocalDate.of(2026, 6, 1));
        try {
            eventually(() -> assertTrue(search("q=白沙湾岸线").getList("items.id").contains(id.toString())));
        } finally {
            delete(id);
        }
    }
}
