package org.gongkai.application.api;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.application.ApplicantType;
import org.gongkai.application.Channel;
import org.gongkai.application.RequestState;

/** A case in the department's inbox. */
public record OfficeApplicationSummary(UUID id, String trackingNumber, String departmentCode, RequestState state, Channel channel,
        ApplicantType applicantType, String applicantName, @Schema(nullable = true) String title, LocalDate receivedOn,
        @Schema(nullable = true) LocalDate replyDue, @Schema(nullable = true) String handler) {
}
