package org.gongkai.report.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The figures from other systems for table 二; leave one out (null) when it is not known. */
@Schema(name = "ReportRegisterUpdate")
public record RegisterUpdate(
        @Min(0) @Max(100_000_000) @Schema(nullable = true, description = "行政许可 本年处理决定数量", examples = "1520") Integer licensing,
        @Min(0) @Max(100_000_000) @Schema(nullable = true, description = "行政处罚 本年处理决定数量", examples = "830") Integer punishment,
        @Min(0) @Max(100_000_000) @Schema(nullable = true, description = "行政强制 本年处理决定数量", examples = "12") Integer coercion,
        @DecimalMin("0") @DecimalMax("999999999999") @Digits(integer = 12, fraction = 2)
        @Schema(nullable = true, description = "行政事业性收费 本年收费金额（万元）", examples = "356.20") BigDecimal fees) {
}
