package org.gongkai.calendar;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One day of a year's official schedule: a holiday, or a weekend day worked in exchange for one. */
public record CalendarDay(
        @NotNull @Schema(examples = "2026-10-01") LocalDate date,
        @NotNull DayKind kind,
        @NotBlank @Size(max = 60) @Schema(examples = "国庆节") String name) {
}
