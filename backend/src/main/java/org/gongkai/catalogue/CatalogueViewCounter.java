package org.gongkai.catalogue;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Counts guide reads in memory and adds them to the items in one statement now and then, so that
 * reading a guide never waits for a write. A crash loses at most one interval's counts.
 */
@ApplicationScoped
public class ViewCounter {

    private final ConcurrentHashMap<UUID, LongAdder> pending = new ConcurrentHashMap<>();

    public void record(UUID itemId) {
        pending.computeIfAbsent(itemId, id -> new LongAdder()).increment();
    }

    @Scheduled(every = "${gongkai.popularity.flush-every:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> flush() {
        if (pending.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Map<UUID, Long> counts = pending.keySet().stream()
                .collect(Collectors.toMap(id -> id, id -> pending.remove(id).sumThenReset()));
        String values = counts.entrySet().stream()
                .map(e -> "('" + e.getKey() + "'::uuid, " + e.getValue() + ")")
                .collect(Collectors.joining(", "));
        String sql = "UPDATE service_item i SET view_count = i.view_count + v.n FROM (VALUES " + values + ") AS v(id, n) WHERE i.id = v.id";
        return Panache.withTransaction(() -> Panache.getSession().chain(s -> s.createNativeQuery(sql).executeUpdate())).replaceWithVoid();
    }
}
