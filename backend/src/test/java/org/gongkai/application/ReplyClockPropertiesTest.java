package org.gongkai.application;

import static org.gongkai.calendar.OfficialCalendar.CALENDAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the reply clock, over dates of the two scheduled years and their neighbours. */
class ReplyClockPropertiesTest {

    @Provide
    Arbitrary<LocalDate> receipts() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(0, 364).map(d -> LocalDate.of(2017, 1, 1).plusDays(d)),
                Arbitraries.integers().between(0, 364).map(d -> LocalDate.of(2026, 1, 1).plusDays(d)));
    }

    @Property(tries = 500)
    void theReplyIsDueOnAWorkingDayTwentyWorkingDaysAfterReceipt(@ForAll("receipts") LocalDate received) {
        ReplyClock.State s = ReplyClock.compute(CALENDAR, received, List.of(), received);
        assertTrue(CALENDAR.isWorkingDay(s.replyDue()));
        assertEquals(20, CALENDAR.between(received, s.replyDue()));
        assertTrue(CALENDAR.isWorkingDay(s.correctionRequestBy()));
    }

    @Property(tries = 500)
    void aPauseOfKWorkingDaysMovesTheDeadlineByExactlyK(@ForAll("receipts") LocalDate received,
            @ForAll @IntRange(min = 0, max = 19) int startAfter, @ForAll @IntRange(min = 0, max = 15) int length) {
        LocalDate start = CALENDAR.add(received, startAfter).to();
        LocalDate end = CALENDAR.add(start, length).to();
        ReplyClock.State without = ReplyClock.compute(CALENDAR, received, List.of(), received);
        ReplyClock.State with = ReplyClock.compute(CALENDAR, received, List.of(
                ClockEvent.on(ClockEvent.Kind.CONSULTATION_STARTED, start), ClockEvent.on(ClockEvent.Kind.CONSULTATION_ENDED, end)), end);
        assertEquals(length, with.pausedWorkingDays());
        assertEquals(length, CALENDAR.between(without.replyDue(), with.replyDue()));
        assertTrue(CALENDAR.isWorkingDay(with.replyDue()));
    }

    @Property(tries = 300)
    void anExtensionMovesTheDeadlineByItsDays(@ForAll("receipts") LocalDate received, @ForAll @IntRange(min = 1, max = 20) int days) {
        ReplyClock.State without = ReplyClock.compute(CALENDAR, received, List.of(), received);
        ReplyClock.State with = ReplyClock.compute(CALENDAR, received, List.of(ClockEvent.extended(without.replyDue(), days)), received);
        assertEquals(days, CALENDAR.between(without.replyDue(), with.replyDue()));
    }

    @Property(tries = 300)
    void aCorrectionRestartsTheClockFromTheCorrectedApplication(@ForAll("receipts") LocalDate received,
            @ForAll @IntRange(min = 1, max = 7) int askedAfter, @ForAll @IntRange(min = 0, max = 30) int answeredAfter) {
        LocalDate asked = CALENDAR.add(received, askedAfter).to();
        LocalDate answered = asked.plusDays(answeredAfter);
        ReplyClock.State waiting = ReplyClock.compute(CALENDAR, received, List.of(ClockEvent.on(ClockEvent.Kind.CORRECTION_REQUESTED, asked)), asked);
        assertTrue(waiting.awaitingCorrection());
        assertEquals(null, waiting.replyDue());
        ReplyClock.State restarted = ReplyClock.compute(CALENDAR, received, List.of(ClockEvent.on(ClockEvent.Kind.CORRECTION_REQUESTED, asked),
                ClockEvent.on(ClockEvent.Kind.CORRECTION_RECEIVED, answered)), answered);
        assertEquals(20, CALENDAR.between(answered, restarted.replyDue()));
    }
}
