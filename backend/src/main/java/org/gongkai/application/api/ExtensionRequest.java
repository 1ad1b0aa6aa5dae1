package org.gongkai.application.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The one extension of Art. 33: at most 20 working days, with the reason the applicant is told. */
public record ExtensionRequest(@NotNull @Min(1) @Max(20) @Schema(examples = "15") Integer workingDays,
        @NotBlank @Size(max = 2000) @Schema(examples = "所需信息涉及多个年度的档案，需要调阅整理。") String reason) {
}
