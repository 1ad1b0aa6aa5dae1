package org.gongkai.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.gongkai.application.api.ApplicationSubmit;
import org.gongkai.common.FieldError;
import org.junit.jupiter.api.Test;

class ApplicationRulesTest {

    static ApplicationSubmit person(String phone, String email, String address, Delivery delivery) {
        return new ApplicationSubmit(ApplicantType.NATURAL_PERSON, null, "李测试", IdType.RESIDENT_ID, "210000199001011234", phone, email, address,
                "housing", null, null, "2025年老旧小区改造资金", FormWanted.ELECTRONIC, delivery);
    }

    private static List<String> fields(ApplicationSubmit a) {
        return ApplicationRules.check(a).stream().map(FieldError::field).toList();
    }

    @Test
    void aCompleteApplicationPasses() {
        assertEquals(List.of(), fields(person("0429-1234567", null, null, Delivery.ONLINE)));
    }

    @Test
    void deliveryNeedsItsAddress() {
        assertEquals(List.of("email"), fields(person("0429-1234567", null, null, Delivery.EMAIL)));
        assertEquals(List.of("postalAddress"), fields(person("0429-1234567", null, " ", Delivery.POST)));
        assertTrue(fields(person(null, null, null, Delivery.ONLINE)).contains("phone"));
    }

    @Test
    void anOrganisationGivesItsKindAndCreditCode() {
        var org = new ApplicationSubmit(ApplicantType.ORGANISATION, null, "某公司", IdType.RESIDENT_ID, "91211400MA0000000X", "0429-1", null, null,
                "housing", null, null, "x", FormWanted.PAPER, Delivery.PICK_UP);
        assertEquals(List.of("organisationKind", "idType"), fields(org));
    }

    @Test
    void everyOutcomeHasTheSubRowsOfTableThree() {
        assertEquals(8, Outcome.NOT_DISCLOSED.reasons().size());
        assertEquals(3, Outcome.UNABLE_TO_PROVIDE.reasons().size());
        assertEquals(5, Outcome.NOT_PROCESSED.reasons().size());
        assertEquals(3, Outcome.OTHER.reasons().size());
        assertTrue(Outcome.DISCLOSED.reasons().isEmpty() && Outcome.PARTLY_DISCLOSED.reasons().isEmpty());
        int all = 0;
        for (Outcome o : Outcome.values()) {
            all += o.reasons().size();
        }
        assertEquals(OutcomeReason.values().length, all, "every sub-reason belongs to exactly one outcome");
    }
}
