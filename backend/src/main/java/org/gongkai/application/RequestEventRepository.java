package org.gongkai.application;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class RequestEventRepository implements PanacheRepositoryBase<RequestEvent, Long> {

    public Uni<List<RequestEvent>> of(UUID requestId) {
        return list("requestId = ?1 order by id", requestId);
    }
}
