package org.gongkai.disclosure.content;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An issue of the government gazette (政府公报) and the documents it carries. */
public record GazetteIssue(
        @NotNull @Min(1900) @Max(9999) @Schema(examples = "2017") Integer year,
        @NotNull @Min(1) @Max(100) @Schema(description = "Issue number in the year.", examples = "3") Integer issue,
        @Size(max = 200) List<@NotNull @Valid Entry> documents) {

    public record Entry(
            @NotBlank @Size(max = 300) String title,
            @Size(max = 100) String documentNumber,
            @Schema(description = "The document's own record, when it has one.") UUID record) {
    }

    public List<Entry> documentsOrEmpty() {
        return documents == null ? List.of() : documents;
    }
}
