package org.gongkai.report.api;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where one report of a year stands: due when, written, submitted, published. */
@Schema(name = "ReportStatus")
public record ReportStatus(
        @Schema(nullable = true, description = "Null: the city's report.") String departmentCode,
        String name,
        @Schema(description = "A department's report is due on 31 January, the city's on 31 March of the next year.") LocalDate dueOn,
        @Schema(description = "Not published, and the due day has passed.") boolean overdue,
        @Schema(description = "Someone has saved the written parts.") boolean written,
        @Schema(nullable = true) UUID recordId,
        @Schema(nullable = true, description = "The record's 索引号.") String indexNumber,
        @Schema(nullable = true, description = "EDITING or IN_REVIEW while changes are unpublished.") String draftState,
        @Schema(description = "A version of the report is public.") boolean published) {
}
