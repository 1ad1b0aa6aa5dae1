package org.gongkai.disclosure.content;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A row of a budget table: the functional classification code (功能分类科目编码), its name and the amount in 万元. */
public record BudgetRow(
        @Size(max = 20) @Schema(examples = "2010301") String code,
        @NotBlank @Size(max = 100) @Schema(examples = "行政运行") String name,
        @NotNull @DecimalMin("-1000000000") @DecimalMax("1000000000") @Digits(integer = 10, fraction = 2) @Schema(examples = "356.42") BigDecimal amount) {
}
