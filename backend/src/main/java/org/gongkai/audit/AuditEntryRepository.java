package org.gongkai.audit;

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

    /** Newest first. */
    public Uni<Page<AuditEntry>> page(AuditQuery query, PageRequest paging) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        add(where, params, "departmentCode = :department", "department", query.department());
        add(where, params, "entityId = :entityId", "entityId", query.entityId());
        add(where, params, "actor = :actor", "actor", query.actor());
        add(where, params, "at >= :from", "from", query.from());
        add(where, params, "at < :to", "to", query.to());
        Sort newestFirst = Sort.descending("at", "id");
        PanacheQuery<AuditEntry> found = where.isEmpty() ? findAll(newestFirst)
                : find(String.join(" and ", where), newestFirst, params);
        PanacheQuery<AuditEntry> page = found.page(paging.page() - 1, paging.size());
        // one session runs one query at a time: count, then the page
        return page.count().chain(total -> page.list().map(list -> new Page<>(list, total, paging.page(), paging.size())));
    }

    private static void add(List<String> where, Parameters params, String condition, String name, Object value) {
        if (value != null) {
            where.add(condition);
            params.and(name, value);
        }
    }
}
