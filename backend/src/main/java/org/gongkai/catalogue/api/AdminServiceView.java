package org.gongkai.catalogue.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.catalogue.ItemStatus;
import org.gongkai.catalogue.guide.ServiceGuide;

/** The staff view of an item: the published guide and the working draft side by side. */
@Schema(name = "AdminService")
public record AdminServiceView(
        UUID id,
        String implementationCode,
        String basicCode,
        DepartmentRef department,
        ItemStatus status,
        @Schema(nullable = true, description = "Current published version; null before the first publication.") Integer version,
        @Schema(nullable = true) OffsetDateTime publishedAt,
        @Schema(nullable = true) ScheduledChange scheduledChange,
        @Schema(nullable = true, description = "The working draft; null when there are no unpublished changes.") ServiceGuide draft,
        @Schema(nullable = true) OffsetDateTime draftUpdatedAt,
        @Schema(nullable = true) String draftUpdatedBy,
        @Schema(nullable = true, description = "The current published guide.") ServiceGuide published,
        @Schema(description = "The optimistic-locking version; the same value is in the ETag header.") long lockVersion,
        boolean demo) {
}
