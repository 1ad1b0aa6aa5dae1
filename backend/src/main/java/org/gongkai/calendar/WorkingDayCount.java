package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A count of working days between two dates, with what the count had to take into account. */
@Schema(description = "Working days counted from the day after `from` up to and including `to`.")
public record WorkingDayCount(
        @Schema(description = "The starting date (e.g. the receipt date); it is not counted.", examples = "2026-09-28") LocalDate from,
        @Schema(description = "The last day counted: for a deadline, the day it falls due.", examples = "2026-11-02") LocalDate to,
        @Schema(description = "Working days after `from` up to and including `to`.", examples = "20") int workingDays,
        @Schema(description = "Holidays in the period, not counted.") List<CalendarDay> holidays,
        @Schema(description = "Make-up working days (weekend days worked) in the period, counted.") List<CalendarDay> makeUpDays,
        @Schema(description = "Years in the period with no official schedule entered yet: their weekdays were all counted as working days, so the result may change once the schedule is entered.", examples = "[2027]") List<Integer> yearsWithoutSchedule) {
}
