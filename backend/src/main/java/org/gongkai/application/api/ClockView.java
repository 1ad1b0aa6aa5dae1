package org.gongkai.application.api;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The case's clock today. */
public record ClockView(
        @Schema(nullable = true, description = "Null while a correction is awaited: the clock stands.") LocalDate replyDue,
        @Schema(description = "Working days left to the reply deadline (negative when overdue); null while it stands.", nullable = true) Integer workingDaysLeft,
        boolean overdue,
        @Schema(description = "Due within 5 working days.") boolean dueSoon,
        @Schema(description = "The last day the office may ask for a correction.") LocalDate correctionRequestBy,
        @Schema(nullable = true, description = "The applicant's deadline for the correction asked for.") LocalDate correctionDue,
        @Schema(description = "Working days in consultations, not counted.") int pausedWorkingDays,
        int extendedWorkingDays,
        @Schema(description = "Years of the period with no holiday schedule entered: the dates may move once it is.") List<Integer> yearsWithoutSchedule) {
}
