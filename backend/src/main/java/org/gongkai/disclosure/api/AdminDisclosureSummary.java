package org.gongkai.disclosure.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.disclosure.DraftState;
import org.gongkai.disclosure.RecordKind;
import org.gongkai.disclosure.RecordStatus;
import org.gongkai.disclosure.Validity;

/** A record in the staff console's lists, published or not. */
public record AdminDisclosureSummary(
        UUID id, String indexNumber, String departmentCode, RecordKind kind, String title, RecordStatus status,
        @Schema(nullable = true) DraftState draftState,
        @Schema(nullable = true) Instant draftSince,
        @Schema(nullable = true) LocalDate publishedOn,
        Validity validity,
        Instant updatedAt) {
}
