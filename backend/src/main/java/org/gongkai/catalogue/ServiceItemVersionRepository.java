package org.gongkai.catalogue;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ServiceItemVersionRepository implements PanacheRepositoryBase<ServiceItemVersion, ServiceItemVersion.Key> {

    /** The history of an item, newest first. */
    public Uni<List<ServiceItemVersion>> history(UUID itemId) {
        return list("itemId = ?1 order by version desc", itemId);
    }

    public Uni<ServiceItemVersion> find(UUID itemId, int version) {
        return findById(new ServiceItemVersion.Key(itemId, version));
    }
}
