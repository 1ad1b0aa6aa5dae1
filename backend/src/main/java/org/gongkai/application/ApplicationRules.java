package org.gongkai.application;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.application.api.ApplicationSubmit;
import org.gongkai.common.FieldError;

/** What an application needs beyond its fields' own constraints (Art. 29). Pure, tested directly. */
public final class ApplicationRules {

    private ApplicationRules() {
    }

    public static List<FieldError> check(ApplicationSubmit a) {
        var errors = new ArrayList<FieldError>();
        if (a.applicantType() == ApplicantType.ORGANISATION && a.organisationKind() == null) {
            errors.add(new FieldError("organisationKind", "required", "An organisation says which kind it is."));
        }
        if (a.applicantType() == ApplicantType.NATURAL_PERSON && a.organisationKind() != null) {
            errors.add(new FieldError("organisationKind", "not-for-person", "A natural person has no organisation kind."));
        }
        if (blank(a.phone()) && blank(a.email()) && blank(a.postalAddress())) {
            errors.add(new FieldError("phone", "contact-required", "Give at least one way to reach you: phone, e-mail or postal address."));
        }
        if (a.delivery() == Delivery.EMAIL && blank(a.email())) {
            errors.add(new FieldError("email", "required", "Delivery by e-mail needs an e-mail address."));
        }
        if (a.delivery() == Delivery.POST && blank(a.postalAddress())) {
            errors.add(new FieldError("postalAddress", "required", "Delivery by post needs a postal address."));
        }
        if (a.applicantType() == ApplicantType.ORGANISATION && a.idType() != IdType.UNIFIED_CREDIT_CODE && a.idType() != IdType.OTHER) {
            errors.add(new FieldError("idType", "organisation-id", "An organisation identifies itself by its unified social credit code."));
        }
        return errors;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
