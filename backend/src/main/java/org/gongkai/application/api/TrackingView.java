package org.gongkai.application.api;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.application.RequestState;

/** A case as anyone holding its number and code may follow it: state and dates, nothing personal. */
public record TrackingView(String trackingNumber, String departmentName, RequestState state, LocalDate receivedOn,
        @Schema(nullable = true) LocalDate replyDue, @Schema(nullable = true) LocalDate repliedOn) {
}
