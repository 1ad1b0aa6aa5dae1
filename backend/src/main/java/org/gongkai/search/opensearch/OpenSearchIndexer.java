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
 * since then were not queued), it rebuilds the index and queues every public document. Then, as
 * soon as a write that queued changes commits, it sends the outbox's changes, oldest first. A small
 * batch (someone published or withdrew a record) is made searchable at once; a long backlog (a
 * rebuild, a bulk import) is sent in full batches, one run after another, and left to the index's own
 * refresh. A cluster that is down only delays both: the changes stay queued.
 */
@ApplicationScoped
public class OpenSearchIndexer {

    private static final Logger LOG = Logger.getLogger(OpenSearchIndexer.class);

    static final int BATCH = 500;

    /** Batches per run: a backlog does not hold one scheduler run for long. */
    private static final int BATCHES_PER_RUN = 20;

    private static final Duration RELISTEN = Duration.ofSeconds(1);

    private final SearchOutbox outbox;
    private final OpenSearchIndex index;
    private final Vertx vertx;
    private final Duration every;

    private final Counter sent;
    private final Counter failures;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private final AtomicBoolean relistening = new AtomicBoolean();
    private volatile boolean opened;
    private volatile boolean stopped;
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
     * Called at start when the OpenSearch engine is the one selected. The indexer runs when a
     * transaction that queued changes commits (LISTEN), and on a timer for a notification lost
     * while the listening connection was being replaced, or a run that failed. A Vert.x timer, not
     * the scheduler: the scheduler runs nothing more often than once a second.
     */
    public synchronized void activate() {
        if (timer < 0) {
            timer = vertx.setPeriodic(every.toMillis(), id -> wake());
            listen();
        }
    }

    @PreDestroy
    synchronized void stop() {
        stopped = true;
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    private void listen() {
        if (stopped) {
            return;
        }
        outbox.listen(this::wake, () -> {
            LOG.info("The search outbox's listening connection closed; listening again");
            listenAgain();
        }).subscribe().with(v -> wake(), e -> {
            // the timer goes on draining meanwhile
            LOG.warnf("Cannot listen for search outbox changes, retrying: %s", e.getClass().getName());
            listenAgain();
        });
    }

    /**
     * Once: a connection that closes while its LISTEN fails reports both, and two sessions would each
     * hold a pooled connection.
     */
    private void listenAgain() {
        if (!stopped && relistening.compareAndSet(false, true)) {
            vertx.setTimer(RELISTEN.toMillis(), id -> {
                relistening.set(false);
                listen();
            });
        }
    }

    /** Runs now, or once more right after the run that is going on (which may have missed the latest change). */
    void wake() {
        again.set(true);
        if (running.compareAndSet(false, true)) {
            runOnce();
        }
    }

    private void runOnce() {
        again.set(false);
        run().subscribe().with(v -> ran(), e -> ran());
    }

    private void ran() {
        running.set(false);
        if (again.get() && running.compareAndSet(false, true)) {
            runOnce();
        }
    }

    /** Whether the index is open: built, or being rebuilt from the outbox. */
    public boolean opened() {
        return opened;
    }

    private Uni<Void> run() {
        return (opened ? Uni.createFrom().voidItem() : open()).chain(() -> drain(BATCHES_PER_RUN)).invoke(more -> {
            if (more) {
                again.set(true); // a backlog: go on right after this run, not at the next tick
            }
            if (failing) {
                LOG.info("The search outbox is being sent to OpenSearch again");
                failing = false;
            }
        }).onFailure().recoverWithItem(e -> {
            failures.increment();
            if (!failing) {
                // once per outage, not on every retry; the changes stay queued
                LOG.warnf("The search outbox could not be sent to OpenSearch, retrying: %s", e.getClass().getName());
                failing = true;
            }
            return null;
        }).replaceWithVoid();
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

    /** Sends up to {@code batches} full batches, fewer when the outbox runs empty; true when more may be queued. */
    private Uni<Boolean> drain(int batches) {
        return outbox.drain(BATCH, this::send)
                .chain(n -> n < BATCH ? Uni.createFrom().item(false) : batches > 1 ? drain(batches - 1) : Uni.createFrom().item(true));
    }

    private Uni<Void> send(SqlConnection conn, List<SearchOutbox.Change> changes) {
        Map<UUID, Long> versions = new HashMap<>();
        changes.forEach(c -> versions.merge(c.documentId(), c.seq(), Math::max));
        return SearchDocuments.sources(conn, List.copyOf(versions.keySet()))
                .chain(sources -> index.apply(sources, versions, changes.size() < BATCH)).invoke(() -> sent.increment(changes.size()));
    }
}
