package org.gongkai.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.gongkai.audit.api.AuditEntryView;
import org.gongkai.common.Page;
import org.gongkai.common.PageRequest;
import org.gongkai.security.CurrentUser;
import org.gongkai.security.DepartmentScope;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * The audit log: every write records who did what, inside the caller's transaction so both land or
 * neither; admins read all of it, staff their own department's part.
 */
@ApplicationScoped
public class AuditService {

    public static final String SYSTEM = "system";

    private final CurrentUser user;
    private final DepartmentScope scope;
    private final AuditEntryRepository entries;
    private final Clock clock;

    public AuditService(CurrentUser user, DepartmentScope scope, AuditEntryRepository entries, Clock clock) {
        this.user = user;
        this.scope = scope;
        this.entries = entries;
        this.clock = clock;
    }

    /** The name recorded for the current caller (also as publisher of versions). */
    public String actor() {
        return user.name();
    }

    public Uni<Void> record(String action, String entityType, String entityId, String departmentCode, Map<String, Object> detail) {
        return write(user.name(), user.department(), action, entityType, entityId, departmentCode, detail);
    }

    /** For work the system does on its own (scheduled changes, demo data), outside any request. */
    public Uni<Void> recordSystem(String action, String entityType, String entityId, String departmentCode, Map<String, Object> detail) {
        return write(SYSTEM, null, action, entityType, entityId, departmentCode, detail);
    }

    @WithSession
    public Uni<Page<AuditEntryView>> list(AuditQuery query, PageRequest page) {
        AuditQuery scoped = new AuditQuery(scope.readableDepartment(query.department()), query.entityId(), query.actor(),
                query.from(), query.to());
        return entries.page(scoped, page).map(p -> p.map(AuditEntryView::of));
    }

    private Uni<Void> write(String actor, String actorDepartment, String action, String entityType, String entityId,
            String departmentCode, Map<String, Object> detail) {
        AuditEntry entry = new AuditEntry();
        entry.at = Instant.now(clock);
        entry.actor = actor;
        entry.actorDepartment = actorDepartment;
        entry.action = action;
        entry.entityType = entityType;
        entry.entityId = entityId;
        entry.departmentCode = departmentCode;
        entry.detail = detail;
        return entries.persist(entry).replaceWithVoid();
    }
}
