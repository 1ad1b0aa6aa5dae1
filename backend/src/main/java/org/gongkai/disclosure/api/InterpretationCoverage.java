package org.gongkai.disclosure.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Seed part 六: every policy or normative document is interpreted. Per department, what is still missing. */
public record InterpretationCoverage(
        String departmentCode,
        String departmentName,
        @Schema(description = "Published policy and normative documents.") int documents,
        @Schema(description = "Of them, with at least one published interpretation.") int interpreted,
        @Schema(description = "The documents still lacking an interpretation.") List<DisclosureLink> missing) {
}
