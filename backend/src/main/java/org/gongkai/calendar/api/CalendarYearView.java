package org.gongkai.calendar.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.calendar.CalendarDay;

/** A year's official schedule: its holidays and make-up working days, in date order. */
public record CalendarYearView(
        @Schema(examples = "2026") int year,
        @Schema(description = "The notice the schedule comes from.", examples = "国务院办公厅关于2026年部分节假日安排的通知（2025-11-04）") String source,
        List<CalendarDay> days,
        Instant updatedAt) {
}
