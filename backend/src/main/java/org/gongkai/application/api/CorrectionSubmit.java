package org.gongkai.application.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The corrected description of the information sought. */
public record CorrectionSubmit(@NotBlank @Size(max = 5000) String description) {
}
