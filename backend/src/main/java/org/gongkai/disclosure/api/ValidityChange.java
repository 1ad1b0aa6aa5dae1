package org.gongkai.disclosure.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.disclosure.Validity;

/** Marks a published record expired or repealed (or in force again). */
public record ValidityChange(
        @NotNull Validity validity,
        @Schema(description = "Since when it is no longer in force.", examples = "2026-12-31") LocalDate validUntil,
        @NotBlank @Size(max = 500) @Schema(examples = "已被新文件替代") String note) {
}
