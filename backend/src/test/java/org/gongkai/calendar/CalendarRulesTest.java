package org.gongkai.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.common.FieldError;
import org.junit.jupiter.api.Test;

class CalendarRulesTest {

    private static CalendarDay day(String iso, DayKind kind) {
        return new CalendarDay(LocalDate.parse(iso), kind, "测试");
    }

    private static List<String> codes(int year, CalendarDay... days) {
        return CalendarRules.check(year, List.of(days)).stream().map(e -> e.field() + ":" + e.code()).toList();
    }

    @Test
    void theOfficialSchedulesPass() {
        assertEquals(List.of(), CalendarRules.check(2026, OfficialCalendar.DAYS.stream().filter(d -> d.date().getYear() == 2026).toList()));
        assertEquals(List.of(), CalendarRules.check(2017, OfficialCalendar.DAYS.stream().filter(d -> d.date().getYear() == 2017).toList()));
    }

    @Test
    void aDayOfAnotherYearIsRefused() {
        assertEquals(List.of("days[1].date:other-year"), codes(2027, day("2027-01-01", DayKind.HOLIDAY), day("2026-12-31", DayKind.HOLIDAY)));
    }

    @Test
    void aDateListedTwiceIsRefused() {
        assertEquals(List.of("days[1].date:duplicate"), codes(2027, day("2027-01-01", DayKind.HOLIDAY), day("2027-01-01", DayKind.HOLIDAY)));
    }

    @Test
    void aMakeUpWorkingDayMustBeAWeekendDay() {
        // 2027-01-04 is a Monday: it is a working day already
        List<FieldError> errors = CalendarRules.check(2027, List.of(day("2027-01-04", DayKind.WORKDAY)));
        assertEquals("workday-not-weekend", errors.get(0).code());
        assertEquals(List.of(), codes(2027, day("2027-01-02", DayKind.WORKDAY)));
    }
}
