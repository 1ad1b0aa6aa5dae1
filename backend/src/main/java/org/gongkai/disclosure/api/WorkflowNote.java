package org.gongkai.disclosure.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The note a workflow step records: the change note on submission, the reviewer's reasons, why a record is withdrawn. */
public record WorkflowNote(@NotBlank @Size(max = 500) @Schema(examples = "首次发布") String note) {
}
