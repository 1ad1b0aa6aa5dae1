package org.gongkai.disclosure.content;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One table of the budget, e.g. 收支总表 or 一般公共预算支出表, amounts in 万元. */
public record BudgetTable(
        @NotBlank @Size(max = 20) @Schema(examples = "表一") String code,
        @NotBlank @Size(max = 100) @Schema(examples = "部门收支总表") String name,
        @NotNull @Size(max = 500) List<@NotNull @Valid BudgetRow> rows) {
}
