package org.gongkai.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.gongkai.common.FieldError;

/** What a year's schedule must satisfy before it is stored. Pure logic, unit-tested directly. */
public final class CalendarRules {

    private CalendarRules() {
    }

    public static List<FieldError> check(int year, List<CalendarDay> days) {
        var errors = new ArrayList<FieldError>();
        var seen = new HashSet<LocalDate>();
        for (int i = 0; i < days.size(); i++) {
            CalendarDay d = days.get(i);
            String at = "days[" + i + "].date";
            if (d == null || d.date() == null) {
                continue; // reported by bean validation
            }
            if (d.date().getYear() != year) {
                errors.add(new FieldError(at, "other-year", "The date " + d.date() + " is not in " + year + "."));
            } else if (!seen.add(d.date())) {
                errors.add(new FieldError(at, "duplicate", "The date " + d.date() + " is listed twice."));
            } else if (d.kind() == DayKind.WORKDAY && !isWeekend(d.date())) {
                errors.add(new FieldError(at, "workday-not-weekend",
                        "A make-up working day is a Saturday or Sunday; " + d.date() + " is a " + d.date().getDayOfWeek() + "."));
            }
        }
        return errors;
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
