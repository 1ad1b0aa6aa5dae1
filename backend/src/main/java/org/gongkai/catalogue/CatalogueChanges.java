package org.gongkai.catalogue;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;

import org.gongkai.department.DepartmentChanged;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.smallrye.mutiny.Uni;

/** Tells the public read cache that the catalogue changed. Call it after the write's transaction committed. */
@ApplicationScoped
public class CatalogueChanges {

    private final List<Cache> caches;

    public CatalogueChanges(@CacheName(PublicReads.LISTS) Cache lists, @CacheName(PublicReads.DETAILS) Cache details,
            @CacheName(PublicReads.HISTORIES) Cache histories, @CacheName(PublicReads.VERSIONS) Cache versions,
            @CacheName(PublicReads.THEMES) Cache themes) {
        this.caches = List.of(lists, details, histories, versions, themes);
    }

    public <T> Uni<T> after(Uni<T> committedWrite) {
        return committedWrite.call(this::invalidate);
    }

    /** Department names appear in catalogue responses. */
    void onDepartmentChanged(@ObservesAsync DepartmentChanged change) {
        invalidate().await().indefinitely();
    }

    private Uni<Void> invalidate() {
        return Uni.join().all(caches.stream().map(Cache::invalidateAll).toList()).andFailFast().replaceWithVoid();
    }
}
