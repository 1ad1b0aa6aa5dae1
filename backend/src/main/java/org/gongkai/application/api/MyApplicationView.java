package org.gongkai.application.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.application.Delivery;
import org.gongkai.application.FormWanted;
import org.gongkai.application.Outcome;
import org.gongkai.application.OutcomeReason;
import org.gongkai.application.RequestState;

/** An applicant's own case: what they asked, where it stands, the reply, and every step but the office's internal notes. */
public record MyApplicationView(UUID id, String trackingNumber, String departmentCode, RequestState state, LocalDate receivedOn,
        @Schema(nullable = true) String title, @Schema(nullable = true) String documentNumber, String description, FormWanted formWanted,
        Delivery delivery, ClockView clock, @Schema(nullable = true) Outcome outcome, @Schema(nullable = true) OutcomeReason outcomeReason,
        @Schema(nullable = true) String replyText, @Schema(nullable = true) LocalDate repliedOn,
        @Schema(description = "Published records the reply points to (索引号).") List<String> indexNumbers,
        @Schema(nullable = true) FeeNotice fee,
        @Schema(description = "The reply's documents; listed once the reply is sent.") List<DocumentRef> documents,
        List<TimelineEntry> timeline) {
}
