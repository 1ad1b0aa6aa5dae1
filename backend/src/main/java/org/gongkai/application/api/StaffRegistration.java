package org.gongkai.application.api;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.application.Channel;

/** An application that arrived by letter, in person or by fax, registered by the office on the applicant's behalf. */
public record StaffRegistration(@NotNull @Valid ApplicationSubmit application,
        @NotNull @Schema(description = "LETTER, IN_PERSON or FAX (ONLINE applications are made by the applicant).", examples = "LETTER") Channel channel,
        @NotNull @Schema(description = "The day the office received it (for a letter: the day it was signed for, Art. 31).", examples = "2026-11-30") LocalDate receivedOn) {
}
