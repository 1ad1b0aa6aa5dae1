package org.gongkai.disclosure.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.common.Codes;
import org.gongkai.disclosure.RecordKind;
import org.gongkai.disclosure.content.DisclosureContent;

/** A new record: its department and kind (both permanent) and its first draft. */
public record DisclosureCreate(
        @NotBlank @Pattern(regexp = Codes.PATTERN) @Schema(examples = "gov-office") String departmentCode,
        @NotNull RecordKind kind,
        @NotNull @Valid DisclosureContent content) {
}
