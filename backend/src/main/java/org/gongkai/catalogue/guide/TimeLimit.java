package org.gongkai.catalogue.guide;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A time limit (法定 / 承诺办结时限, step limits): 0 means decided on the spot. */
public record TimeLimit(
        @NotNull @Min(0) @Max(3650) @Schema(examples = "10") Integer value,
        @NotNull TimeUnit unit,
        @Size(max = 500) @Schema(examples = "不含考试时间") String note) {

    /** The limit in working days, so that limits in different units can be compared. */
    public int inWorkingDays() {
        return switch (unit) {
            case WORKING_DAYS -> value;
            // five working days in seven calendar days, rounded down so a promise is never overstated
            case CALENDAR_DAYS -> value * 5 / 7;
            case HOURS -> (value + 7) / 8;
        };
    }
}
