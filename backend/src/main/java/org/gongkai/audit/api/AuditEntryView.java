package org.gongkai.audit.api;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.audit.AuditEntry;

/** One line of the audit log. */
@Schema(name = "AuditEntry")
public record AuditEntryView(long id, OffsetDateTime at, String actor, String actorDepartment, String action, String entityType,
        String entityId, String departmentCode, Map<String, Object> detail) {

    public static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(e.id, e.at.atOffset(ZoneOffset.UTC), e.actor, e.actorDepartment, e.action, e.entityType, e.entityId,
                e.departmentCode, e.detail);
    }
}
