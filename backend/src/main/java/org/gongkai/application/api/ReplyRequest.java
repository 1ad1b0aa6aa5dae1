package org.gongkai.application.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.application.Outcome;
import org.gongkai.application.OutcomeReason;

/** The reply: one outcome of table 三, its sub-reason where it has them, and the letter's text. */
public record ReplyRequest(@NotNull Outcome outcome, @Schema(nullable = true) OutcomeReason reason,
        @NotBlank @Size(max = 20000) String text) {
}
