package org.gongkai.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The calendar as the migration ships it (2017 and 2026), so rule tests run on the real schedule. */
public final class OfficialCalendar {

    private static final Pattern DAY = Pattern.compile("\\('(\\d{4}-\\d{2}-\\d{2})', \\d{4}, '(HOLIDAY|WORKDAY)', '([^']+)'\\)");

    public static final List<CalendarDay> DAYS = load();
    public static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.of(List.of(2017, 2026), DAYS);

    private OfficialCalendar() {
    }

    private static List<CalendarDay> load() {
        try (InputStream in = OfficialCalendar.class.getResourceAsStream("/db/migration/V7__working_calendar.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            var days = new ArrayList<CalendarDay>();
            Matcher m = DAY.matcher(sql);
            while (m.find()) {
                days.add(new CalendarDay(LocalDate.parse(m.group(1)), DayKind.valueOf(m.group(2)), m.group(3)));
            }
            return List.copyOf(days);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
