package org.gongkai.application.api;

import java.time.LocalDate;

import org.gongkai.application.ApplicantType;
import org.gongkai.application.OrganisationKind;
import org.gongkai.application.Outcome;
import org.gongkai.application.OutcomeReason;
import org.gongkai.application.RequestState;

/**
 * A case as the annual report counts it, without anyone's identity: its column, when it arrived, and when
 * and how it ended (a withdrawal is 其他处理 / 其他 on the day it was withdrawn); null while open.
 */
public record CaseFigures(String departmentCode, ApplicantType applicantType, OrganisationKind organisationKind, LocalDate receivedOn,
        LocalDate handledOn, Outcome outcome, OutcomeReason reason, RequestState state, LocalDate replyDue) {
}
