package org.gongkai.application.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.common.Codes;

/** Sends a case to the department that holds the information. */
public record TransferRequest(@NotBlank @Pattern(regexp = Codes.PATTERN) @Schema(examples = "housing") String departmentCode,
        @NotBlank @Size(max = 2000) @Schema(examples = "所需信息由市住房和城乡建设局制作和保存。") String reason) {
}
