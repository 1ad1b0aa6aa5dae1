package org.gongkai.disclosure.content;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A department's budget or final accounts in the standard layout (seed, part 三): four parts, the tables as rows. */
public record BudgetReport(
        @NotNull @Min(1900) @Max(9999) @Schema(description = "The budget year.", examples = "2017") Integer year,
        @Size(max = 20_000) @Schema(description = "部门概况") String overview,
        @Size(max = 30) @Schema(description = "部门预决算表") List<@NotNull @Valid BudgetTable> tables,
        @Size(max = 20_000) @Schema(description = "情况说明") String explanation,
        @Size(max = 20_000) @Schema(description = "名词解释") String glossary) {

    public List<BudgetTable> tablesOrEmpty() {
        return tables == null ? List.of() : tables;
    }
}
