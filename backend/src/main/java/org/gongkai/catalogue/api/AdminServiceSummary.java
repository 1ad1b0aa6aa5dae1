package org.gongkai.catalogue.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.catalogue.ItemStatus;
import org.gongkai.catalogue.guide.ItemType;

/** One row of a department's work list, drafts included. */
@Schema(name = "AdminServiceSummary")
public record AdminServiceSummary(
        UUID id,
        String implementationCode,
        String name,
        DepartmentRef department,
        ItemType type,
        ItemStatus status,
        @Schema(nullable = true) Integer version,
        @Schema(nullable = true) OffsetDateTime publishedAt,
        @Schema(description = "True when there are unpublished changes.") boolean hasDraft,
        @Schema(nullable = true) OffsetDateTime draftUpdatedAt,
        @Schema(nullable = true) ScheduledChange scheduledChange,
        long lockVersion) {
}
