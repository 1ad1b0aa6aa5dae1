package org.gongkai.application;

import static org.gongkai.calendar.OfficialCalendar.CALENDAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The clock on known dates of the official schedules. */
class ReplyClockTest {

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void receivedTheDayBeforeTheNationalDayHolidayOf2026() {
        // Wed 30 Sep: 1–7 Oct off; 8, 9 Oct, Sat 10 (调休) = 3, 12–16 = 8, 19–23 = 13, 26–30 = 18, 2 and 3 Nov = 20
        ReplyClock.State s = ReplyClock.compute(CALENDAR, d("2026-09-30"), List.of(), d("2026-09-30"));
        assertEquals(d("2026-11-03"), s.replyDue());
        // correction window: 8, 9, 10, 12, 13, 14, 15 Oct
        assertEquals(d("2026-10-15"), s.correctionRequestBy());
    }

    @Test
    void anOpenConsultationPausesUpToTodayAndHasItsOwnDeadline() {
        LocalDate received = d("2026-03-02");
        ReplyClock.State s = ReplyClock.compute(CALENDAR, received,
                List.of(ClockEvent.on(ClockEvent.Kind.CONSULTATION_STARTED, d("2026-03-06"))), d("2026-03-11"));
        assertTrue(s.inConsultation());
        assertEquals(3, s.pausedWorkingDays(), "9, 10, 11 March");
        assertEquals(d("2026-03-27"), s.consultationDue(), "15 working days after 6 March");
    }

    @Test
    void aDeadlineIntoAYearWithoutScheduleSaysSo() {
        ReplyClock.State s = ReplyClock.compute(CALENDAR, d("2026-12-10"), List.of(), d("2026-12-10"));
        assertEquals(List.of(2027), s.yearsWithoutSchedule());
    }
}
