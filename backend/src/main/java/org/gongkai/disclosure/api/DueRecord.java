package org.gongkai.disclosure.api;

import java.util.UUID;

import org.gongkai.disclosure.DraftState;
import org.gongkai.disclosure.RecordKind;

/** An unpublished change on the Art. 26 clock, for the console's due / overdue panel. */
public record DueRecord(UUID id, String indexNumber, String departmentCode, RecordKind kind, String title, DraftState draftState,
        PublicationDeadline deadline) {
}
