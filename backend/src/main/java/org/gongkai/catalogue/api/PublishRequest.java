package org.gongkai.catalogue.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Publishing a draft: the change note the public will read in the history. */
@Schema(name = "PublishRequest")
public record PublishRequest(
        @NotBlank @Size(max = 1000) @Schema(examples = "承诺办结时限由15个工作日压缩至10个工作日。") String changeNote) {
}
