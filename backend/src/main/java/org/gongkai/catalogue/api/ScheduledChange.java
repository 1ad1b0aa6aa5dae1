package org.gongkai.catalogue.api;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.catalogue.ItemStatus;

/** A lifecycle change announced for a date (计划生效 / 计划取消日期). */
@Schema(name = "ScheduledChange")
public record ScheduledChange(
        @Schema(description = "The status the item will take.", examples = "SUSPENDED") ItemStatus status,
        @Schema(description = "The date (city time) from which it applies.", examples = "2027-01-01") LocalDate effectiveOn,
        @Schema(examples = "因机构职能调整，本事项暂停办理。") String note) {
}
