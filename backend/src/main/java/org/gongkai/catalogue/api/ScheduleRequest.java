package org.gongkai.catalogue.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.catalogue.ItemStatus;

/** Schedules a suspension, cancellation or resumption of a published item. */
@Schema(name = "ScheduleRequest")
public record ScheduleRequest(
        @NotNull @Schema(description = "SUSPENDED, CANCELLED, or ACTIVE to resume.", examples = "SUSPENDED") ItemStatus status,
        @NotNull @Schema(description = "From this date on (today or later, city time).", examples = "2027-01-01") LocalDate effectiveOn,
        @NotBlank @Size(max = 500) @Schema(examples = "因机构职能调整，本事项暂停办理。") String note) {
}
