package org.gongkai.application.api;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.calendar.WorkingDayCount;

/** What the applicant gets at once on submitting (the same again for a retry with the same Idempotency-Key). */
public record SubmissionReceipt(
        UUID id,
        @Schema(examples = "YSQ2026-000123") String trackingNumber,
        @Schema(description = "With the tracking number, lets anyone follow the case's state (no personal data is shown).", examples = "7KQ2MX") String verificationCode,
        @Schema(description = "The receipt date (Art. 31): counting starts the next working day.") LocalDate receivedOn,
        @Schema(description = "The reply is due by this day (20 working days), unless a correction, a consultation or an extension moves it.") LocalDate replyDue,
        @Schema(description = "How the deadline was counted: the holidays skipped and the make-up days counted.") WorkingDayCount count,
        String departmentCode) {
}
