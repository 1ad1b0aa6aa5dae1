package org.gongkai.application.api;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.application.FeeRules;

/** A fee notice: the method (one per request), the pages when counted by pages, and the payment deadline. The amount is computed. */
public record FeeNoticeRequest(@NotNull @Schema(examples = "BY_REQUESTS") FeeRules.Method method,
        @Min(1) @Max(1_000_000) @Schema(nullable = true, description = "For BY_PAGES: the pages to provide.", examples = "120") Integer pages,
        @NotNull @Schema(examples = "2026-12-20") LocalDate payBy) {
}
