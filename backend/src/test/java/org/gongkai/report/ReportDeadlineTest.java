package org.gongkai.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ReportDeadlineTest {

    @Test
    void aDepartmentsReportIsDueBy31JanuaryTheCitysBy31March() {
        assertEquals(LocalDate.of(2018, 1, 31), ReportDeadline.dueOn(2017, false));
        assertEquals(LocalDate.of(2018, 3, 31), ReportDeadline.dueOn(2017, true));
    }

    @Test
    void overdueOnlyAfterTheDueDayAndOnlyUnpublished() {
        assertFalse(ReportDeadline.overdue(2017, false, false, LocalDate.of(2018, 1, 31)), "the due day itself is in time");
        assertTrue(ReportDeadline.overdue(2017, false, false, LocalDate.of(2018, 2, 1)));
        assertFalse(ReportDeadline.overdue(2017, false, true, LocalDate.of(2018, 2, 1)), "published");
        assertFalse(ReportDeadline.overdue(2017, true, false, LocalDate.of(2018, 2, 1)), "the city has until 31 March");
    }
}
