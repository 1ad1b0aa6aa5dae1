package org.gongkai.application.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The opinion received (or that none came within 15 working days); kept on the office's side of the timeline. */
public record ConsultationOpinion(@NotBlank @Size(max = 5000) @Schema(examples = "第三方同意公开，但要求隐去联系人电话。") String opinion) {
}
