package org.gongkai.calendar.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A year's schedule entered for the first time. */
public record CalendarYearCreate(
        @NotNull @Min(1900) @Max(9999) @Schema(examples = "2027") Integer year,
        @NotNull @Valid CalendarYearUpdate schedule) {
}
