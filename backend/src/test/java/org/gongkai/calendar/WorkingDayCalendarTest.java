package org.gongkai.calendar;

import static org.gongkai.calendar.OfficialCalendar.CALENDAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The statutory working-day clock on the official 2017 and 2026 schedules. */
class WorkingDayCalendarTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void theShippedScheduleHasEveryRowOfTheOfficialNotices() {
        assertEquals(70, OfficialCalendar.DAYS.size());
        assertEquals(31, OfficialCalendar.DAYS.stream().filter(x -> x.date().getYear() == 2017).count());
    }

    @Test
    void weekdaysWorkWeekendsRestUnlessTheScheduleSaysOtherwise() {
        assertTrue(CALENDAR.isWorkingDay(d("2026-03-03")));
        assertFalse(CALENDAR.isWorkingDay(d("2026-03-07")));
        assertFalse(CALENDAR.isWorkingDay(d("2026-10-01")), "国庆节 on a Thursday");
        assertTrue(CALENDAR.isWorkingDay(d("2026-10-10")), "调休 Saturday");
        assertTrue(CALENDAR.isWorkingDay(d("2017-01-22")), "2017 Spring Festival make-up Sunday");
    }

    @Test
    void countingStartsOnTheNextWorkingDay() {
        // received on Friday 2026-03-06: Monday the 9th is day 1
        assertEquals(d("2026-03-09"), CALENDAR.add(d("2026-03-06"), 1).to());
        // received on a Saturday: also Monday
        assertEquals(d("2026-03-09"), CALENDAR.add(d("2026-03-07"), 1).to());
        assertEquals(d("2026-03-07"), CALENDAR.add(d("2026-03-07"), 0).to(), "0 days is the day itself");
    }

    @Test
    void twentyWorkingDaysAcrossTheNationalDayHolidayCountTheMakeUpSaturday() {
        // Monday 2026-09-28: 28, 29, 30 Sep = 3; 1–7 Oct holiday; 8, 9 = 5; Sat 10 (调休) = 6; 12–16 = 11; 19–23 = 16; 26–29 = 20
        WorkingDayCount count = CALENDAR.add(d("2026-09-27"), 20);
        assertEquals(d("2026-10-29"), count.to());
        assertEquals(7, count.holidays().size());
        assertEquals(List.of(d("2026-10-10")), count.makeUpDays().stream().map(CalendarDay::date).toList());
        assertEquals(List.of(), count.yearsWithoutSchedule());
    }

    @Test
    void theSpringFestivalOf2017AndItsTwoMakeUpDays() {
        // received Friday 2017-01-20: Sun 22 (调休) = 1, 23–26 = 5, 27 Jan–2 Feb holiday, 3 Feb = 6, Sat 4 Feb (调休) = 7
        WorkingDayCount count = CALENDAR.add(d("2017-01-20"), 7);
        assertEquals(d("2017-02-04"), count.to());
        assertEquals(2, count.makeUpDays().size());
        assertEquals(7, count.holidays().size());
    }

    @Test
    void aDeadlineRunningIntoAYearWithoutScheduleSaysSo() {
        WorkingDayCount count = CALENDAR.add(d("2026-12-15"), 20);
        assertEquals(List.of(2027), count.yearsWithoutSchedule());
        // weekdays only in 2027: Dec 16–18 (3), 21–25 (8), 28–31 (12), Jan 1 2027 Friday (13), 4–8 (18), 11, 12 (20)
        assertEquals(d("2027-01-12"), count.to());
        assertEquals(List.of(), CALENDAR.add(d("2026-12-01"), 5).yearsWithoutSchedule());
    }

    @Test
    void betweenCountsTheDaysAfterTheFirstUpToTheLast() {
        assertEquals(0, CALENDAR.between(d("2026-03-06"), d("2026-03-06")));
        assertEquals(0, CALENDAR.between(d("2026-03-06"), d("2026-03-08")));
        assertEquals(1, CALENDAR.between(d("2026-03-06"), d("2026-03-09")));
        assertEquals(-1, CALENDAR.between(d("2026-03-09"), d("2026-03-06")));
        // the whole of October 2026: 22 weekdays, 5 of them holidays, plus the make-up Saturday
        assertEquals(18, CALENDAR.between(d("2026-09-30"), d("2026-10-31")));
    }

    @Test
    void aYearBoundaryIsCountedThrough() {
        // 2025 has no schedule: Dec 31 2025 (Wed) is a working day; 1–3 Jan 2026 holiday, Sun 4 Jan make-up
        WorkingDayCount count = CALENDAR.add(d("2025-12-30"), 2);
        assertEquals(d("2026-01-04"), count.to());
        assertEquals(List.of(2025), count.yearsWithoutSchedule());
    }

    @Test
    void addAndBetweenAreInversesOnRandomDatesAndPeriods() {
        long seed = 20261201L;
        Random random = new Random(seed);
        LocalDate first = d("2016-06-01");
        for (int i = 0; i < 5_000; i++) {
            LocalDate from = first.plusDays(random.nextInt(4_000));
            int n = random.nextInt(80);
            WorkingDayCount count = CALENDAR.add(from, n);
            String at = "seed " + seed + ", case " + i + ": " + from + " + " + n;
            assertEquals(n, CALENDAR.between(from, count.to()), at);
            if (n > 0) {
                assertTrue(CALENDAR.isWorkingDay(count.to()), at + " ends on a working day");
                assertEquals(n - 1, CALENDAR.between(from, count.to().minusDays(1)), at + " is the first day with n working days");
            }
            int calendarDays = (int) (count.to().toEpochDay() - from.toEpochDay());
            assertTrue(calendarDays >= n, at + " takes at least n calendar days");
        }
    }

    @Test
    void withoutAScheduleAWeekIsFiveWorkingDays() {
        WorkingDayCalendar plain = WorkingDayCalendar.of(List.of(), List.of());
        Random random = new Random(7);
        for (int i = 0; i < 1_000; i++) {
            LocalDate from = d("2030-01-01").plusDays(random.nextInt(3_000));
            int weeks = random.nextInt(30);
            assertEquals(weeks * 5, plain.between(from, from.plusWeeks(weeks)), from + " + " + weeks + " weeks");
        }
    }

    @Test
    void periodsBeyondTheLimitAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CALENDAR.add(d("2026-01-01"), -1));
        assertThrows(IllegalArgumentException.class, () -> CALENDAR.add(d("2026-01-01"), WorkingDayCalendar.MAX_WORKING_DAYS + 1));
    }
}
