package org.gongkai.report.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.report.Table4;

/** The result of a review or lawsuit as it stands. */
@Schema(name = "ReviewCaseUpdate")
public record ReviewCaseUpdate(@NotNull @Schema(examples = "PENDING") Table4.Result result, @Schema(nullable = true) LocalDate decidedOn,
        @Size(max = 2000) @Schema(nullable = true) String note) {
}
