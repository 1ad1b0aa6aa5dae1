package org.gongkai.search.opensearch;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.gongkai.common.GongkaiConfig;
import org.gongkai.search.SearchDocuments;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Keeps the OpenSearch index in step with the database while the OpenSearch engine is selected. First
 * it opens the index: when the index is missing or of an older mapping, or the outbox was off (writes
 * since then were not queued), it rebuilds the index and queues every public document. Then, five
 * times a second, it sends the outbox's changes, oldest first. A small batch (someone published or
 * withdrew a record) is made searchable at once; a long backlog (a rebuild, a bulk import) is sent in
 * full batches and left to the index's own refresh. A cluster that is down only delays both: the
 * changes stay queued.
 */
@ApplicationScoped
public class OpenSearchIndexer {

    private static final Logger LOG = Logger.getLogger(OpenSearchIndexer.class);

    static final int BATCH = 500;

    /** Batches per run: a backlog does not hold one scheduler run for long. */
    private static final int BATCHES_PER_RUN = 20;

    private final SearchOutbox outbox;
    private final OpenSearchIndex index;
    private final Vertx vertx;
    private final Duration every;

    private final Counter sent;
    private final Counter failures;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean opened;
    private volatile boolean failing;
    private long timer = -1;

    public OpenSearchIndexer(SearchOutbox outbox, OpenSearchIndex index, Vertx vertx, GongkaiConfig config, MeterRegistry metrics) {
        this.outbox = outbox;
        this.index = index;
        this.vertx = vertx;
        this.every = config.search().opensearch().drainEvery();
        // what an operator alerts on: changes sent, and runs that could not send (the changes then wait in the outbox)
        this.sent = Counter.builder("gongkai.search.outbox.sent").description("Outbox changes sent to OpenSearch").register(metrics);
        this.failures = Counter.builder("gongkai.search.outbox.failures").description("Outbox runs that OpenSearch did not take").register(metrics);
    }

    /**
     * Called at start when the OpenSearch engine is the one selected. A Vert.x timer, not the
     * scheduler: the scheduler runs nothing more often than once a second.
     */
    public synchronized void activate() {
        if (timer < 0) {
            timer = vertx.setPeriodic(every.toMillis(), id -> {
                if (running.compareAndSet(false, true)) {
                    run().subscribe().with(v -> running.set(false), e -> running.set(false));
                }
            });
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** Whether the index is open: built, or being rebuilt from the outbox. */
    public boolean opened() {
        return opened;
    }

    private Uni<Void> run() {
        return (opened ? Uni.createFrom().voidItem() : open()).chain(() -> drain(BATCHES_PER_RUN)).invoke(() -> {
            if (failing) {
                LOG.info("The search outbox is being sent to OpenSearch again");
                failing = false;
            }
        }).onFailure().recoverWithItem(e -> {
            failures.increment();
            if (!failing) {
                // once per outage, not five times a second; the changes stay queued
                LOG.warnf("The search outbox could not be sent to OpenSearch, retrying: %s", e.toString());
                failing = true;
            }
            return null;
        });
    }

    private Uni<Void> open() {
        return Uni.combine().all().unis(index.current(), outbox.enabled()).asTuple().chain(t -> {
            if (t.getItem1() && t.getItem2()) {
                return Uni.createFrom().voidItem();
            }
            LOG.infof("Rebuilding the OpenSearch index %s from the database (%s)", index.name(),
                    t.getItem1() ? "the outbox was off" : "no index of this version");
            return index.recreate().chain(outbox::switchOnAndRefill);
        }).invoke(() -> opened = true);
    }

    /** Sends up to {@code batches} full batches, fewer when the outbox runs empty. */
    public Uni<Void> drain(int batches) {
        return outbox.drain(BATCH, this::send).chain(n -> n == BATCH && batches > 1 ? drain(batches - 1) : Uni.createFrom().voidItem());
    }

    private Uni<Void> send(SqlConnection conn, List<SearchOutbox.Change> changes) {
        Map<UUID, Long> versions = new HashMap<>();
        changes.forEach(c -> versions.merge(c.documentId(), c.seq(), Math::max));
        return SearchDocuments.sources(conn, List.copyOf(versions.keySet()))
                .chain(sources -> index.apply(sources, versions, changes.size() < BATCH)).invoke(() -> sent.increment(changes.size()));
    }
}
