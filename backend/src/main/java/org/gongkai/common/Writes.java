package org.gongkai.common;

import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The one way a service writes: the work runs in a transaction, and once it has committed every
 * {@link ChangeListener} hears what changed. A listener told before the commit could re-read the old
 * state into its copy; told after, the next read sees the write.
 */
@ApplicationScoped
public class Writes {

    private final List<ChangeListener> listeners;

    public Writes(@Any Instance<ChangeListener> listeners) {
        this.listeners = listeners.stream().toList();
    }

    public <T> Uni<T> commit(String topic, Supplier<Uni<T>> work) {
        return Panache.withTransaction(work).call(() -> announce(topic));
    }

    public Uni<Void> announce(String topic) {
        if (listeners.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.join().all(listeners.stream().map(l -> l.changed(topic)).toList()).andFailFast().replaceWithVoid();
    }
}
