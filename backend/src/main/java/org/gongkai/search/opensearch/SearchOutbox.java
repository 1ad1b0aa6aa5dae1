package org.gongkai.search.opensearch;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/** The database side of the outbox (V53__search_outbox.sql): switching it on and off, and taking its changes in order. */
@ApplicationScoped
public class SearchOutbox {

    /** A document that changed; {@code seq} orders the changes. */
    public record Change(long seq, UUID documentId) {
    }

    private final Pool pool;

    public SearchOutbox(Pool pool) {
        this.pool = pool;
    }

    public Uni<Boolean> enabled() {
        return pool.query("SELECT enabled FROM search_outbox_switch").execute().map(set -> set.iterator().next().getBoolean(0));
    }

    /**
     * Nobody drains it: stop filling it, and forget what it held. Every start with the PostgreSQL engine
     * calls this; only the first after an OpenSearch run has anything to do (and takes TRUNCATE's lock).
     */
    public Uni<Void> switchOff() {
        return pool.withTransaction(c -> c.query("UPDATE search_outbox_switch SET enabled = false WHERE enabled").execute()
                .chain(set -> set.rowCount() == 0 ? Uni.createFrom().voidItem() : c.query("TRUNCATE search_outbox").execute().replaceWithVoid()));
    }

    /**
     * Fills it from now on, and queues every public document once (an empty or rebuilt index). The
     * switch commits first; the refill then waits for writes still running (SHARE lock), so a document
     * written around the switch is either queued by its trigger or seen by the refill.
     */
    public Uni<Void> switchOnAndRefill() {
        return pool.withTransaction(c -> c.query("UPDATE search_outbox_switch SET enabled = true").execute())
                .chain(() -> pool.withTransaction(c -> c.query("LOCK TABLE search_document IN SHARE MODE").execute()
                        .chain(() -> c.query("TRUNCATE search_outbox").execute())
                        .chain(() -> c.query("INSERT INTO search_outbox (document_id) SELECT id FROM search_document ORDER BY published_on").execute())))
                .replaceWithVoid();
    }

    /**
     * Calls {@code changed} whenever a transaction that queued changes commits (V54), and
     * {@code lost} when the listening connection closes. The connection is taken from the pool and
     * kept: LISTEN belongs to one session.
     */
    public Uni<Void> listen(Runnable changed, Runnable lost) {
        return pool.getConnection().chain(c -> {
            PgConnection pg = PgConnection.cast(c);
            pg.notificationHandler(n -> changed.run());
            pg.closeHandler(lost);
            return c.query("LISTEN search_outbox").execute().replaceWithVoid()
                    .onFailure().call(() -> c.close());
        });
    }

    /** Changes not sent yet. */
    public Uni<Long> pending() {
        return pool.query("SELECT count(*) FROM search_outbox").execute().map(set -> set.iterator().next().getLong(0));
    }

    /**
     * Takes the oldest changes (skipping those another worker holds), lets {@code send} deliver them,
     * and deletes them in the same transaction: a failed delivery leaves them for the next attempt.
     * Returns how many were taken.
     */
    public Uni<Integer> drain(int batch, BiFunction<SqlConnection, List<Change>, Uni<Void>> send) {
        return pool.withTransaction(c -> c.preparedQuery("SELECT seq, document_id FROM search_outbox ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED")
                .execute(Tuple.of(batch)).chain(set -> {
                    List<Change> changes = new ArrayList<>(set.size());
                    for (Row r : set) {
                        changes.add(new Change(r.getLong(0), r.getUUID(1)));
                    }
                    if (changes.isEmpty()) {
                        return Uni.createFrom().item(0);
                    }
                    Long[] seqs = changes.stream().map(Change::seq).toArray(Long[]::new);
                    return send.apply(c, changes).chain(() -> c.preparedQuery("DELETE FROM search_outbox WHERE seq = ANY($1)").execute(Tuple.of(seqs)))
                            .replaceWith(changes.size());
                }));
    }
}
