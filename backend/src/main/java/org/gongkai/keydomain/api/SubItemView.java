package org.gongkai.keydomain.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.common.Codes;

/** A sub-item of a key domain: a stable code and its name. */
public record SubItemView(
        @NotBlank @Pattern(regexp = Codes.PATTERN) @Schema(examples = "department-budgets") String code,
        @NotBlank @Size(max = 60) @Schema(examples = "部门预决算") String name) {
}
