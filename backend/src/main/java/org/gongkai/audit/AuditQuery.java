package org.gongkai.audit;

import java.time.Instant;

/** Filters of the audit log; a null filter is not applied. {@code to} is exclusive. */
public record AuditQuery(String department, String entityId, String actor, Instant from, Instant to) {
}
