package org.gongkai.catalogue.guide;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.calendar.WorkingDayCalendar;

/** A time limit (法定 / 承诺办结时限, step limits): 0 means decided on the spot. */
public record TimeLimit(
        @NotNull @Min(0) @Max(3650) @Schema(examples = "10") Integer value,
        @NotNull TimeUnit unit,
        @Size(max = 500) @Schema(examples = "不含考试时间") String note) {

    /**
     * The limit in working days for a period starting on {@code from}, so that limits in different units
     * can be compared: calendar days are counted on the working-day calendar (a 30-day limit over the
     * Spring Festival holds fewer working days than one in March).
     */
    public int inWorkingDays(WorkingDayCalendar calendar, LocalDate from) {
        return switch (unit) {
            case WORKING_DAYS -> value;
            case CALENDAR_DAYS -> calendar.between(from, from.plusDays(value));
            // an eight-hour working day, rounded up: a limit of a few hours is still a day's work
            case HOURS -> (value + 7) / 8;
        };
    }
}
