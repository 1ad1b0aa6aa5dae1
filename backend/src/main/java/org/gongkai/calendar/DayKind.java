package org.gongkai.calendar;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an entered day is: a public holiday (休息) or a make-up working day on a weekend (调休上班). */
@Schema(name = "CalendarDayKind")
public enum DayKind { HOLIDAY, WORKDAY }
