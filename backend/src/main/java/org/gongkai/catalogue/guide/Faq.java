package org.gongkai.catalogue.guide;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 常见问题 */
public record Faq(
        @NotBlank @Size(max = 500) String question,
        @NotBlank @Size(max = 3000) String answer) {
}
