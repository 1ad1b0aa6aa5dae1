package org.gongkai.application.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whom the office consults, and about what; the applicant sees only that a consultation runs. */
public record ConsultationRequest(
        @NotNull @Schema(description = "THIRD_PARTY 第三方 (Art. 32); CO_PRODUCER 共同制作机关 (Art. 34).") Party party,
        @NotBlank @Size(max = 200) @Schema(examples = "某某建筑工程有限公司") String consulted,
        @Size(max = 5000) @Schema(nullable = true) String note) {

    @Schema(name = "ConsultationParty")
    public enum Party { THIRD_PARTY, CO_PRODUCER }
}
