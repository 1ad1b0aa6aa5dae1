package org.gongkai.calendar;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stored row of a year's schedule; the year's rows are replaced together. */
@Entity
@Table(name = "calendar_day")
public class ScheduledDay {

    @Id
    public LocalDate day;

    @Column(nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DayKind kind;

    @Column(nullable = false)
    public String name;

    static ScheduledDay of(int year, CalendarDay d) {
        var row = new ScheduledDay();
        row.day = d.date();
        row.year = year;
        row.kind = d.kind();
        row.name = d.name().strip();
        return row;
    }

    CalendarDay view() {
        return new CalendarDay(day, kind, name);
    }
}
