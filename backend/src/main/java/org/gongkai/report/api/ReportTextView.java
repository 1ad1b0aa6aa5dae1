package org.gongkai.report.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The written parts of a year's report and where its publication stands. */
@Schema(name = "ReportText")
public record ReportTextView(int year,
        @Schema(nullable = true, description = "Null: the city's report.") String departmentCode,
        String overview, String problems, String other,
        @Schema(nullable = true, description = "The disclosure record the report goes out as, once submitted.") UUID recordId,
        @Schema(nullable = true) String updatedBy,
        @Schema(nullable = true) Instant updatedAt) {
}
