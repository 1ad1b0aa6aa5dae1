package org.gongkai.application;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class RequestEventRepository implements PanacheRepositoryBase<RequestEvent, Long> {

    public Uni<List<RequestEvent>> of(UUID requestId) {
        return list("requestId = ?1 order by id", requestId);
    }

    /** The steps of several cases at once, by case, each in order. */
    public Uni<Map<UUID, List<RequestEvent>>> ofAll(List<UUID> requestIds) {
        if (requestIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return list("requestId in ?1 order by id", requestIds)
                .map(all -> all.stream().collect(Collectors.groupingBy(e -> e.requestId, Collectors.toList())));
    }
}
