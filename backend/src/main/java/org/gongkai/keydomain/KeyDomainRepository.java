package org.gongkai.keydomain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class KeyDomainRepository implements PanacheRepositoryBase<KeyDomain, String> {

    public Uni<List<KeyDomain>> inOrder() {
        return listAll(Sort.by("sortOrder"));
    }

    public Uni<List<KeyDomainItem>> items() {
        return getSession().chain(s -> s.createSelectionQuery("from KeyDomainItem order by domainCode, sortOrder", KeyDomainItem.class)
                .getResultList());
    }

    public Uni<List<KeyDomainItem>> items(String domainCode) {
        return getSession().chain(s -> s.createSelectionQuery("from KeyDomainItem where domainCode = :d order by sortOrder", KeyDomainItem.class)
                .setParameter("d", domainCode).getResultList());
    }

    public Uni<KeyDomainItem> item(String code) {
        return getSession().chain(s -> s.find(KeyDomainItem.class, code));
    }

    public Uni<Void> persistItem(KeyDomainItem item) {
        return getSession().chain(s -> s.persist(item));
    }
}
