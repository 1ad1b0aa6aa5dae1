package org.gongkai.security;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI shape of {@code Page<AuditEntryView>}. */
@Schema(name = "AuditPage")
public record AuditPage(List<AuditEntryView> items, long total, int page, int size) {
}
