package org.gongkai.catalogue;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Counts guide reads in memory and adds them to the items in one statement now and then, so that
 * reading a guide never waits for a write. A crash loses at most one interval's counts.
 */
@ApplicationScoped
public class CatalogueViewCounter {

    private static final String ADD = "UPDATE service_item i SET view_count = i.view_count + v.n"
            + " FROM unnest($1::uuid[], $2::bigint[]) AS v(id, n) WHERE i.id = v.id";

    private final ConcurrentHashMap<UUID, LongAdder> pending = new ConcurrentHashMap<>();
    private final Pool pool;

    public CatalogueViewCounter(Pool pool) {
        this.pool = pool;
    }

    public void record(UUID itemId) {
        add(itemId, 1);
    }

    void add(UUID itemId, long reads) {
        pending.computeIfAbsent(itemId, id -> new LongAdder()).add(reads);
    }

    @Scheduled(every = "${gongkai.popularity.flush-every:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> flush() {
        if (pending.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Map<UUID, Long> counts = pending.keySet().stream()
                .collect(Collectors.toMap(id -> id, id -> pending.remove(id).sum()));
        UUID[] ids = counts.keySet().toArray(UUID[]::new);
        Long[] reads = counts.values().toArray(Long[]::new);
        return pool.preparedQuery(ADD).execute(Tuple.of(ids, reads)).replaceWithVoid();
    }
}
