package org.gongkai.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The statutory working-day clock (工作日): Monday to Friday, except the official holidays, plus the
 * weekend days the State Council's schedule makes working days (调休). Deadlines of the Regulation are
 * counted from the day after the starting event (Art. 31: counting starts the next working day), so
 * "20 working days from receipt" is the 20th working day after the receipt date. Pure and immutable:
 * built from the stored schedule, unit-tested directly.
 */
public final class WorkingDayCalendar {

    /** Longest period the calculator walks, in working days (far beyond any statutory period). */
    public static final int MAX_WORKING_DAYS = 2_000;

    private final NavigableMap<LocalDate, CalendarDay> entered;
    private final Set<Integer> scheduledYears;

    private WorkingDayCalendar(NavigableMap<LocalDate, CalendarDay> entered, Set<Integer> scheduledYears) {
        this.entered = entered;
        this.scheduledYears = scheduledYears;
    }

    /**
     * @param scheduledYears the years whose official schedule has been entered (a year without entered
     *                       days is still "scheduled" when the notice says nothing changes)
     * @param days           the holidays and make-up working days of those years
     */
    public static WorkingDayCalendar of(Collection<Integer> scheduledYears, Collection<CalendarDay> days) {
        var map = new TreeMap<LocalDate, CalendarDay>();
        for (CalendarDay d : days) {
            map.put(d.date(), d);
        }
        return new WorkingDayCalendar(map, Set.copyOf(new TreeSet<>(scheduledYears)));
    }

    public boolean hasSchedule(int year) {
        return scheduledYears.contains(year);
    }

    public boolean isWorkingDay(LocalDate date) {
        CalendarDay day = entered.get(date);
        if (day != null) {
            return day.kind() == DayKind.WORKDAY;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /**
     * The day a period of {@code workingDays} working days starting on {@code from} ends: the
     * {@code workingDays}-th working day after {@code from}; {@code from} itself for 0.
     */
    public WorkingDayCount add(LocalDate from, int workingDays) {
        if (workingDays < 0 || workingDays > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("workingDays must be 0.." + MAX_WORKING_DAYS + ": " + workingDays);
        }
        LocalDate day = from;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return explain(from, day, workingDays);
    }

    /** The working days after {@code from} up to and including {@code to}; negative when {@code to} is before {@code from}. */
    public int between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -between(to, from);
        }
        int counted = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return counted;
    }

    /** {@link #between} with the holidays, make-up days and unscheduled years of the period. */
    public WorkingDayCount count(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to must not be before from");
        }
        return explain(from, to, between(from, to));
    }

    private WorkingDayCount explain(LocalDate from, LocalDate to, int workingDays) {
        var holidays = new ArrayList<CalendarDay>();
        var makeUp = new ArrayList<CalendarDay>();
        for (Map.Entry<LocalDate, CalendarDay> e : entered.subMap(from, false, to, true).entrySet()) {
            (e.getValue().kind() == DayKind.HOLIDAY ? holidays : makeUp).add(e.getValue());
        }
        var missing = new ArrayList<Integer>();
        int firstYear = from.equals(to) ? to.getYear() : from.plusDays(1).getYear();
        for (int year = firstYear; year <= to.getYear(); year++) {
            if (!hasSchedule(year)) {
                missing.add(year);
            }
        }
        return new WorkingDayCount(from, to, workingDays, List.copyOf(holidays), List.copyOf(makeUp), List.copyOf(missing));
    }
}
