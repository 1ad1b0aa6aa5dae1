package org.gongkai.report;

import java.time.LocalDate;

/**
 * When a year's report is due (Regulation Art. 49): a department submits and publishes its own by
 * 31 January of the next year, the city office publishes the city's by 31 March.
 */
public final class ReportDeadline {

    private ReportDeadline() {
    }

    public static LocalDate dueOn(int year, boolean city) {
        return city ? LocalDate.of(year + 1, 3, 31) : LocalDate.of(year + 1, 1, 31);
    }

    /** Overdue once the due day has passed without a published report. */
    public static boolean overdue(int year, boolean city, boolean published, LocalDate today) {
        return !published && today.isAfter(dueOn(year, city));
    }
}
