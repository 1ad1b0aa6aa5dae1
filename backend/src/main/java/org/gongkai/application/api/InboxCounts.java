package org.gongkai.application.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The inbox's counts: open cases by where they stand, and the ones that need attention. */
public record InboxCounts(
        @Schema(description = "新收到: received, not yet handled.") long received,
        long awaitingCorrection, long inProgress, long inConsultation, long awaitingFee,
        @Schema(description = "Open cases with an extension granted.") long extended,
        @Schema(description = "Extensions awaiting the office head's decision.") long extensionPending,
        @Schema(description = "Open, due within 5 working days.") long dueSoon,
        @Schema(description = "Open, past the reply deadline.") long overdue,
        @Schema(description = "Replied, closed or withdrawn.") long closed) {
}
