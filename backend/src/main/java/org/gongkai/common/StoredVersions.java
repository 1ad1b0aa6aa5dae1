package org.gongkai.common;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;

/**
 * Reads the optimistic-locking version now stored for any versioned entity, in a session of its own:
 * after a write lost a race, the request's own session holds the stale state (and is rolled back).
 * Generic over the entity (HQL's {@code version()} and {@code id()}), so every versioned entity gets the
 * same 412 without its service knowing about races.
 */
@ApplicationScoped
public class StoredVersions {

    private final Mutiny.SessionFactory sessions;

    public StoredVersions(Mutiny.SessionFactory sessions) {
        this.sessions = sessions;
    }

    /** The stored version of the entity, or null when it is gone or cannot be read now. */
    public Uni<Object> of(String entityName, Object id) {
        return sessions.withStatelessSession(session -> session
                .createSelectionQuery("select version(e) from " + entityName + " e where id(e) = :id", Object.class)
                .setParameter("id", id)
                .getSingleResultOrNull())
                .onFailure().recoverWithNull();
    }
}
