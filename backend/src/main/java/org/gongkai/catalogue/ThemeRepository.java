package org.gongkai.catalogue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ThemeRepository implements PanacheRepositoryBase<Theme, String> {

    public Uni<List<Theme>> listInOrder() {
        return list("order by audience, sortOrder");
    }

    public Uni<Set<String>> codes() {
        return listAll().map(themes -> themes.stream().map(t -> t.code).collect(Collectors.toSet()));
    }
}
