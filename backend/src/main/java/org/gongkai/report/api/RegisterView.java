package org.gongkai.report.api;

import java.math.BigDecimal;
import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A department's entered figures of a year; a null figure was not entered. */
@Schema(name = "ReportRegister")
public record RegisterView(int year, String departmentCode, @Schema(nullable = true) Integer licensing, @Schema(nullable = true) Integer punishment,
        @Schema(nullable = true) Integer coercion, @Schema(nullable = true, description = "万元") BigDecimal fees,
        @Schema(nullable = true) String enteredBy, @Schema(nullable = true) Instant enteredAt) {
}
