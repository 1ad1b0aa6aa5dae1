package org.gongkai.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

/** Records every write in the audit log, inside the caller's transaction so both land or neither. */
@ApplicationScoped
public class AuditTrail {

    public static final String SYSTEM = "system";

    private final CurrentUser user;
    private final AuditEntryRepository entries;
    private final Clock clock;

    public AuditTrail(CurrentUser user, AuditEntryRepository entries, Clock clock) {
        this.user = user;
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
