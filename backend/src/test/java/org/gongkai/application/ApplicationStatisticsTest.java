package org.gongkai.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.application.api.CaseFigures;
import org.gongkai.application.api.StatisticsView;
import org.gongkai.calendar.OfficialCalendar;
import org.junit.jupiter.api.Test;

class ApplicationStatisticsTest {

    static CaseFigures replied(String received, String replied, String due, Outcome outcome) {
        return new CaseFigures("housing", ApplicantType.NATURAL_PERSON, null, LocalDate.parse(received), LocalDate.parse(replied), outcome, null, RequestState.REPLIED, LocalDate.parse(due));
    }

    @Test
    void countsTheYearsCasesAndTheWorkingDaysToReply() {
        var calendar = OfficialCalendar.CALENDAR;
        List<CaseFigures> cases = List.of(
                // 2026-11-02 (Mon) to 11-06 (Fri): 4 working days; to 11-30: 20
                replied("2026-11-02", "2026-11-06", "2026-11-30", Outcome.DISCLOSED),
                replied("2026-11-02", "2026-11-30", "2026-11-30", Outcome.PARTLY_DISCLOSED),
                replied("2026-11-02", "2026-12-01", "2026-11-30", Outcome.NOT_DISCLOSED),
                new CaseFigures("housing", ApplicantType.NATURAL_PERSON, null, LocalDate.parse("2026-11-20"), null, null, null, RequestState.IN_PROGRESS, LocalDate.parse("2026-12-18")),
                new CaseFigures("housing", ApplicantType.NATURAL_PERSON, null, LocalDate.parse("2026-11-21"), LocalDate.parse("2026-11-25"), Outcome.OTHER, OutcomeReason.OTHER, RequestState.WITHDRAWN, null),
                // received the year before, replied in this one: handled here, received there
                replied("2025-12-29", "2026-01-05", "2026-01-26", Outcome.DISCLOSED));
        StatisticsView s = ApplicationStatistics.of(2026, null, cases, calendar);
        assertEquals(5, s.received());
        assertEquals(4, s.handled());
        assertEquals(3, s.onTime());
        assertEquals(0.75, s.onTimeRate());
        assertEquals(1, s.open());
        assertEquals(1, s.withdrawn());
        assertEquals(2L, s.outcomes().stream().filter(o -> o.outcome() == Outcome.DISCLOSED).findFirst().orElseThrow().count());
        assertEquals(Outcome.values().length, s.outcomes().size(), "every row of table 三, also the empty ones");
        assertEquals(4, s.medianWorkingDays(), "4 working days is the second of four sorted values");
        assertEquals(21, s.p90WorkingDays());
    }

    @Test
    void nothingHandledHasNoRateAndNoPercentiles() {
        StatisticsView s = ApplicationStatistics.of(2026, "housing", List.of(), OfficialCalendar.CALENDAR);
        assertNull(s.onTimeRate());
        assertNull(s.medianWorkingDays());
        assertEquals(0, s.received());
    }

    @Test
    void percentilesByNearestRank() {
        assertEquals(3, ApplicationStatistics.percentile(List.of(1, 2, 3, 4, 5), 50));
        assertEquals(5, ApplicationStatistics.percentile(List.of(1, 2, 3, 4, 5), 90));
        assertEquals(1, ApplicationStatistics.percentile(List.of(1), 90));
    }
}
