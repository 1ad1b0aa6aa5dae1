package org.gongkai.catalogue.guide;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 常见问题 */
public record Faq(
        @NotBlank @Size(max = 500) @Schema(examples = "驾驶证过期了怎么办？") String question,
        @NotBlank @Size(max = 3000) @Schema(examples = "超过有效期不满一年的，可以申请换证。") String answer) {
}
