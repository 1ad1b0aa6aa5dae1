package org.gongkai.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.gongkai.common.DomainException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every step of a case from every state: allowed where the Regulation allows it, refused (409) elsewhere. */
class CaseTransitionsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

    static InformationRequest in(RequestState state) {
        var r = new InformationRequest();
        r.state = state;
        r.departmentCode = "housing";
        r.receivedOn = TODAY;
        r.correctionDue = state == RequestState.AWAITING_CORRECTION ? TODAY.plusDays(5) : null;
        r.feeDue = state == RequestState.AWAITING_FEE ? TODAY.plusDays(5) : null;
        return r;
    }

    static void check(RequestState from, Set<RequestState> allowed, Consumer<InformationRequest> step) {
        var r = in(from);
        if (allowed.contains(from)) {
            step.accept(r);
        } else {
            assertThrows(DomainException.Conflict.class, () -> step.accept(r), "from " + from);
        }
    }

    static final Set<RequestState> WORKING = EnumSet.of(RequestState.RECEIVED, RequestState.IN_PROGRESS);

    @ParameterizedTest
    @EnumSource(RequestState.class)
    void consultationStartsOnlyOnACaseInProgressAndEndsOnlyInConsultation(RequestState from) {
        check(from, WORKING, r -> {
            r.startConsultation(NOW);
            assertEquals(RequestState.IN_CONSULTATION, r.state);
        });
        check(from, EnumSet.of(RequestState.IN_CONSULTATION), r -> {
            r.endConsultation(NOW);
            assertEquals(RequestState.IN_PROGRESS, r.state);
        });
    }

    @ParameterizedTest
    @EnumSource(RequestState.class)
    void aFeeIsNoticedOnACaseInProgressAndPaidOnlyWhenAwaited(RequestState from) {
        check(from, WORKING, r -> {
            r.noticeFee(new BigDecimal("100.00"), TODAY, TODAY.plusDays(10), NOW);
            assertEquals(RequestState.AWAITING_FEE, r.state);
        });
        check(from, EnumSet.of(RequestState.AWAITING_FEE), r -> {
            r.feePaid(NOW);
            assertEquals(RequestState.IN_PROGRESS, r.state);
            assertNull(r.feeDue);
        });
    }

    @ParameterizedTest
    @EnumSource(RequestState.class)
    void aReplyNeedsACaseInProgress(RequestState from) {
        check(from, WORKING, r -> {
            r.reply(Outcome.DISCLOSED, null, "text", List.of(), TODAY, NOW);
            assertEquals(RequestState.REPLIED, r.state);
        });
    }

    @ParameterizedTest
    @EnumSource(RequestState.class)
    void anExtensionIsAskedOnAnOpenCaseWhoseClockRuns(RequestState from) {
        var open = EnumSet.copyOf(WORKING);
        open.addAll(EnumSet.of(RequestState.IN_CONSULTATION, RequestState.AWAITING_FEE));
        check(from, open, r -> r.requestExtension(10, "reason", false, "staff", NOW));
    }

    @ParameterizedTest
    @EnumSource(RequestState.class)
    void onlyOpenCasesAreWithdrawnTransferredOrAssigned(RequestState from) {
        var open = EnumSet.complementOf(EnumSet.of(RequestState.REPLIED, RequestState.CLOSED, RequestState.WITHDRAWN));
        check(from, open, r -> r.withdraw(NOW));
        check(from, open, r -> r.transferTo("education", NOW));
        check(from, open, r -> r.assign("someone", NOW));
    }

    @org.junit.jupiter.api.Test
    void theExtensionIsOnceAndDecidedBySomeoneElse() {
        var r = in(RequestState.IN_PROGRESS);
        assertThrows(DomainException.Conflict.class, () -> r.requestExtension(5, "x", true, "staff", NOW));
        r.requestExtension(5, "x", false, "staff", NOW);
        assertThrows(DomainException.Conflict.class, () -> r.requestExtension(5, "again", false, "staff", NOW));
        assertThrows(DomainException.Forbidden.class, () -> r.decideExtension(true, "staff", NOW));
        assertEquals(5, r.decideExtension(true, "admin", NOW));
        assertThrows(DomainException.Conflict.class, () -> r.decideExtension(true, "admin", NOW));
    }

    @org.junit.jupiter.api.Test
    void theApplicantsDayPassingClosesTheCaseWithTheRowOfTableThree() {
        var notCorrected = in(RequestState.AWAITING_CORRECTION);
        assertNull(notCorrected.lapse(TODAY.plusDays(5), NOW), "the deadline day itself is still the applicant's");
        assertEquals(OutcomeReason.NOT_CORRECTED, notCorrected.lapse(TODAY.plusDays(6), NOW));
        assertEquals(RequestState.CLOSED, notCorrected.state);
        assertEquals(Outcome.OTHER, notCorrected.outcome);

        var unpaid = in(RequestState.AWAITING_FEE);
        assertEquals(OutcomeReason.FEE_UNPAID, unpaid.lapse(TODAY.plusDays(6), NOW));
        assertNull(in(RequestState.IN_PROGRESS).lapse(TODAY.plusYears(1), NOW), "the office's own deadline never closes a case");
    }

    @org.junit.jupiter.api.Test
    void aTransferToTheSameDepartmentIsAConflict() {
        assertThrows(DomainException.Conflict.class, () -> in(RequestState.IN_PROGRESS).transferTo("housing", NOW));
    }
}
