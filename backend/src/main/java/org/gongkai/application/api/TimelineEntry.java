package org.gongkai.application.api;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.application.RequestEvent;

/** A step of a case. */
public record TimelineEntry(RequestEvent.Kind kind, LocalDate on, Instant at,
        @Schema(nullable = true) String note,
        @Schema(description = "Seen by the office only (never sent to the applicant).") boolean internal) {
}
