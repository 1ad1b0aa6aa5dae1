package org.gongkai.calendar.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.calendar.CalendarDay;

/** The whole schedule of a year, replacing what was entered before. */
public record CalendarYearUpdate(
        @NotBlank @Size(max = 300) @Schema(description = "The notice the schedule comes from.", examples = "国务院办公厅关于2027年部分节假日安排的通知") String source,
        @NotNull @Size(max = 120) List<@NotNull @Valid CalendarDay> days) {
}
