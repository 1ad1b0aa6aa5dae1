package org.gongkai.report.api;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.common.Codes;
import org.gongkai.report.Table4;

/** Registers a review or lawsuit, pending or already decided. */
@Schema(name = "ReviewCaseCreate")
public record ReviewCaseCreate(@NotBlank @Pattern(regexp = Codes.PATTERN) @Schema(examples = "housing") String departmentCode,
        @Schema(nullable = true, description = "The application it is about, when there is one.") UUID applicationId,
        @NotNull Table4.Kind kind, @NotNull @Schema(examples = "2026-11-02") LocalDate filedOn,
        @NotNull @Schema(examples = "PENDING") Table4.Result result, @Schema(nullable = true) LocalDate decidedOn,
        @Size(max = 2000) @Schema(nullable = true) String note) {
}
