package org.gongkai.disclosure;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class DisclosureVersionRepository implements PanacheRepositoryBase<DisclosureVersion, DisclosureVersion.Key> {

    public Uni<DisclosureVersion> find(UUID recordId, Integer version) {
        return version == null ? Uni.createFrom().nullItem() : findById(new DisclosureVersion.Key(recordId, version));
    }

    /** A record's history, newest first. */
    public Uni<List<DisclosureVersion>> history(UUID recordId) {
        return list("recordId = ?1 order by version desc", recordId);
    }
}
