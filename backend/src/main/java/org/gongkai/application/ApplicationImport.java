package org.gongkai.application;

import java.time.LocalDate;

/** An application handled before the portal kept them (demo data: the seed's 2017 cases), as a line of the import file. */
public record ApplicationImport(String departmentCode, Channel channel, ApplicantType applicantType, OrganisationKind organisationKind,
        String applicantName, IdType idType, String idNumber, String phone, String email, String postalAddress, String description,
        FormWanted formWanted, Delivery delivery, LocalDate receivedOn, LocalDate repliedOn, Outcome outcome, OutcomeReason reason,
        String replyText) {
}
