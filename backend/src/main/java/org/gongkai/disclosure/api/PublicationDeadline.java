package org.gongkai.disclosure.api;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Art. 26: proactive information is public within 20 working days of being created or changed. */
public record PublicationDeadline(
        @Schema(description = "The day the unpublished changes began.") LocalDate since,
        @Schema(description = "The 20th working day after it.") LocalDate due,
        @Schema(description = "Working days left from today (negative when overdue).") int workingDaysLeft,
        boolean overdue,
        @Schema(description = "Due within 5 working days.") boolean dueSoon,
        @Schema(description = "Years of the period with no holiday schedule entered: the due date may move once it is.") List<Integer> yearsWithoutSchedule) {
}
