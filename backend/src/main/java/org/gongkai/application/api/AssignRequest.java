package org.gongkai.application.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who in the office handles the case (a user name of the department's staff). */
public record AssignRequest(@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+") @Schema(examples = "staff-housing") String handler) {
}
