package org.gongkai.application.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.application.ApplicantType;
import org.gongkai.application.Channel;
import org.gongkai.application.Delivery;
import org.gongkai.application.FormWanted;
import org.gongkai.application.IdType;
import org.gongkai.application.OrganisationKind;
import org.gongkai.application.Outcome;
import org.gongkai.application.OutcomeReason;
import org.gongkai.application.RequestState;

/** A case as the handling office sees it; every read of it is audited. The ID number is shown masked. */
public record OfficeApplicationView(UUID id, String trackingNumber, String departmentCode, RequestState state, Channel channel,
        ApplicantType applicantType, @Schema(nullable = true) OrganisationKind organisationKind, String applicantName, IdType idType,
        @Schema(description = "Masked, e.g. 2****************4.") String idNumberMasked, @Schema(nullable = true) String phone,
        @Schema(nullable = true) String email, @Schema(nullable = true) String postalAddress, @Schema(nullable = true) String title,
        @Schema(nullable = true) String documentNumber, String description, FormWanted formWanted, Delivery delivery, LocalDate receivedOn,
        ClockView clock, @Schema(nullable = true) String handler, @Schema(nullable = true) Outcome outcome,
        @Schema(nullable = true) OutcomeReason outcomeReason, @Schema(nullable = true) String replyText,
        @Schema(nullable = true) LocalDate repliedOn, List<String> indexNumbers,
        @Schema(nullable = true) ExtensionPending extensionPending, @Schema(nullable = true) FeeNotice fee, List<DocumentRef> documents,
        List<TimelineEntry> timeline) {
}
