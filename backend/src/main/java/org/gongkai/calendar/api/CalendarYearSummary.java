package org.gongkai.calendar.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A year with an entered schedule. */
public record CalendarYearSummary(
        @Schema(examples = "2026") int year,
        String source,
        @Schema(description = "Holidays entered.", examples = "33") int holidays,
        @Schema(description = "Make-up working days entered.", examples = "6") int makeUpDays) {
}
