package org.gongkai.application.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.application.Outcome;

/** A year's on-request applications in figures, for a department or the city; no personal data. */
@Schema(name = "ApplicationStatistics")
public record StatisticsView(int year,
        @Schema(nullable = true, description = "Null: the whole city.") String departmentCode,
        @Schema(description = "Received in the year.") long received,
        @Schema(description = "Handled in the year: replied, or closed when the applicant's deadline passed.") long handled,
        @Schema(description = "Handled by their deadline.") long onTime,
        @Schema(nullable = true, description = "onTime / handled; null when none was handled.") Double onTimeRate,
        @Schema(nullable = true, description = "Median working days from receipt to reply.") Integer medianWorkingDays,
        @Schema(nullable = true, description = "90th percentile of working days from receipt to reply.") Integer p90WorkingDays,
        @Schema(description = "Received in the year and withdrawn by the applicant.") long withdrawn,
        @Schema(description = "Received in the year and still open.") long open,
        @Schema(description = "Handled in the year, by outcome (the rows of table 三).") List<OutcomeCount> outcomes) {

    @Schema(name = "ApplicationOutcomeCount")
    public record OutcomeCount(Outcome outcome, String label, long count) {
    }
}
