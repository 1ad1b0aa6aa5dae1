package org.gongkai.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Idempotency-Key (draft-ietf-httpapi-idempotency-key-header): a key names one submission of its owner.
 * Recorded in the submission's own transaction, so an acknowledged submission and its key commit
 * together; a second transaction with the same key fails on the primary key and is answered with the
 * first one's result.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public record Stored(String requestHash, UUID requestId) {
    }

    public Uni<Stored> find(String owner, String key) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                "SELECT request_hash, request_id FROM idempotency_key WHERE owner = ?1 AND key = ?2", Object[].class)
                .setParameter(1, owner).setParameter(2, key).getResultList())
                .map(rows -> rows.isEmpty() ? null : stored(rows));
    }

    public Uni<Void> record(String owner, String key, String requestHash, UUID requestId, Instant at) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                "INSERT INTO idempotency_key (owner, key, request_hash, request_id, created_at) VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, owner).setParameter(2, key).setParameter(3, requestHash).setParameter(4, requestId)
                .setParameter(5, at).executeUpdate()).replaceWithVoid();
    }

    private static Stored stored(List<Object[]> rows) {
        Object[] row = rows.get(0);
        return new Stored((String) row[0], (UUID) row[1]);
    }
}
