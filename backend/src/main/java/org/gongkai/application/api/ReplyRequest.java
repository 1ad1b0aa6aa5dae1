package org.gongkai.application.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.application.Outcome;
import org.gongkai.application.OutcomeReason;

/** The reply: one outcome of table 三, its sub-reason where it has them, and the letter's text. */
public record ReplyRequest(@NotNull Outcome outcome, @Schema(nullable = true) OutcomeReason reason,
        @NotBlank @Size(max = 20000) String text,
        @Size(max = 20) @Schema(nullable = true, description = "予以公开 / 部分公开: the published records that hold the information, by 索引号.")
        List<@NotBlank @Size(max = 60) @Pattern(regexp = "[0-9A-Za-z-]+/[0-9]{4}-[0-9]{5}") String> indexNumbers) {

    public List<String> indexNumbersOrEmpty() {
        return indexNumbers == null ? List.of() : indexNumbers.stream().map(String::strip).distinct().toList();
    }
}
