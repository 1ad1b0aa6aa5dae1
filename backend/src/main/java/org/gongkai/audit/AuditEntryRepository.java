package org.gongkai.security;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.gongkai.common.Page;
import org.gongkai.common.PageRequest;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class AuditEntryRepository implements PanacheRepository<AuditEntry> {

    /** Newest first; null filters are not applied. */
    public Uni<Page<AuditEntry>> page(String department, String entityId, PageRequest paging) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (department != null) {
            where.add("departmentCode = :department");
            params.and("department", department);
        }
        if (entityId != null) {
            where.add("entityId = :entityId");
            params.and("entityId", entityId);
        }
        Sort newestFirst = Sort.descending("at", "id");
        PanacheQuery<AuditEntry> query = where.isEmpty() ? findAll(newestFirst)
                : find(String.join(" and ", where), newestFirst, params);
        PanacheQuery<AuditEntry> page = query.page(paging.page() - 1, paging.size());
        return page.count().chain(total -> page.list().map(list -> new Page<>(list, total, paging.page(), paging.size())));
    }
}
