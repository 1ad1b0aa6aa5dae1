package org.gongkai.report.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The year's figures the report's text cites, each counted from the records. */
public record ReportFigures(
        @Schema(description = "Service items in the public catalogue (today).") long serviceItems,
        @Schema(description = "Records proactively published in the year.") long recordsPublished,
        long gazetteIssues, long gazetteDocuments, long npcReplies, long cppccReplies,
        @Schema(description = "Policy documents published in the year that have a published interpretation.") long interpretedPolicyDocuments,
        long interpretations,
        @Schema(description = "Applications received in the year (table 三, row 一).") long applicationsReceived,
        @Schema(description = "Applications handled in the year (table 三, （七）总计).") long applicationsHandled,
        @Schema(description = "Applications carried to next year (table 三, row 四).") long applicationsCarriedOver,
        @Schema(description = "Reviews and lawsuits of the year (table 四, the three 总计).") long reviewsAndLawsuits) {
}
