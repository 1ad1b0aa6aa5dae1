package org.gongkai.disclosure.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.disclosure.DraftState;
import org.gongkai.disclosure.RecordKind;
import org.gongkai.disclosure.RecordStatus;
import org.gongkai.disclosure.content.DisclosureContent;

/** A record as its department edits it: the draft, the version public now, the workflow and its Art. 26 deadline. */
public record AdminDisclosureView(
        UUID id,
        String indexNumber,
        String departmentCode,
        RecordKind kind,
        RecordStatus status,
        @Schema(nullable = true) DraftState draftState,
        @Schema(description = "The unpublished changes.", nullable = true) DisclosureContent draft,
        @Schema(description = "The version public now.", nullable = true) DisclosureContent current,
        @Schema(nullable = true) Integer currentVersion,
        @Schema(description = "Art. 26: the unpublished changes must be public by this deadline.", nullable = true) PublicationDeadline deadline,
        @Schema(nullable = true) String submittedBy,
        @Schema(nullable = true) Instant submittedAt,
        @Schema(description = "The change note given on submission.", nullable = true) String changeNote,
        @Schema(description = "Why the reviewer returned the draft.", nullable = true) String reviewNote,
        @Schema(nullable = true) UUID supersededBy,
        Instant createdAt,
        String createdBy,
        Instant updatedAt) {
}
