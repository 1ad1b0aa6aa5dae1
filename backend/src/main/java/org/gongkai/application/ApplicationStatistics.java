package org.gongkai.application;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.gongkai.application.api.CaseFigures;
import org.gongkai.application.api.StatisticsView;
import org.gongkai.calendar.WorkingDayCalendar;

/**
 * The public figures of a year's applications, without personal data: received in the year, handled in
 * the year (replied, or closed when the applicant's deadline passed), on time, working days from receipt
 * to reply (median and 90th percentile, nearest rank), and the outcomes of table 三.
 */
public final class ApplicationStatistics {

    private ApplicationStatistics() {
    }

    /** @param cases every case received by the year's end; a withdrawal counts as withdrawn, not as handled */
    public static StatisticsView of(int year, String department, List<CaseFigures> cases, WorkingDayCalendar calendar) {
        long received = cases.stream().filter(c -> c.receivedOn().getYear() == year).count();
        List<CaseFigures> handled = cases.stream().filter(c -> c.state() != RequestState.WITHDRAWN && c.outcome() != null
                && c.handledOn() != null && c.handledOn().getYear() == year).toList();
        long withdrawn = cases.stream().filter(c -> c.state() == RequestState.WITHDRAWN && c.receivedOn().getYear() == year).count();
        long open = cases.stream().filter(c -> c.state().isOpen() && c.receivedOn().getYear() == year).count();
        long onTime = handled.stream().filter(c -> c.replyDue() == null || !c.handledOn().isAfter(c.replyDue())).count();
        List<Integer> days = new ArrayList<>(handled.stream().map(c -> Math.max(0, calendar.between(c.receivedOn(), c.handledOn()))).toList());
        Collections.sort(days);
        Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            outcomes.put(o, handled.stream().filter(c -> c.outcome() == o).count());
        }
        List<StatisticsView.OutcomeCount> rows = outcomes.entrySet().stream()
                .map(e -> new StatisticsView.OutcomeCount(e.getKey(), e.getKey().label(), e.getValue())).toList();
        return new StatisticsView(year, department, received, handled.size(), onTime,
                handled.isEmpty() ? null : (double) onTime / handled.size(), percentile(days, 50), percentile(days, 90), withdrawn, open, rows);
    }

    /** Nearest rank: the smallest value with at least p % of the values at or below it. */
    static Integer percentile(List<Integer> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
