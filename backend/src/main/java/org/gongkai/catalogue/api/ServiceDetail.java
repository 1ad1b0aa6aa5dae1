package org.gongkai.catalogue.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.catalogue.ItemStatus;
import org.gongkai.catalogue.guide.ServiceGuide;

/** An item with its whole current guide (办事指南). */
@Schema(name = "ServiceDetail")
public record ServiceDetail(
        UUID id,
        @Schema(description = "实施编码 (implementation code).") String implementationCode,
        @Schema(description = "基本编码 (basic code).") String basicCode,
        DepartmentRef department,
        ItemStatus status,
        @Schema(description = "Current published version number.") int version,
        OffsetDateTime publishedAt,
        @Schema(nullable = true) ScheduledChange scheduledChange,
        boolean demo,
        ServiceGuide guide) {
}
