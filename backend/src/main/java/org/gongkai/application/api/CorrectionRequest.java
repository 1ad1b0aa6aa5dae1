package org.gongkai.application.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 补正: everything the application needs, in one request, and a reasonable deadline for the applicant (Art. 30). */
public record CorrectionRequest(
        @NotBlank @Size(max = 5000) @Schema(examples = "请写明所需信息的年份和项目名称。") String note,
        @NotNull @Schema(examples = "2026-12-15") LocalDate deadline) {
}
