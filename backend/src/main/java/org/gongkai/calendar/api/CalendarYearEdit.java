package org.gongkai.calendar.api;

/** A year's schedule with the lock version its ETag carries. */
public record CalendarYearEdit(CalendarYearView year, long version) {
}
