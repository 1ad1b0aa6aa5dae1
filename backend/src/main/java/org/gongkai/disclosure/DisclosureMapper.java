package org.gongkai.disclosure;

import java.util.List;

import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.calendar.WorkingDayCount;
import org.gongkai.disclosure.api.AdminDisclosureSummary;
import org.gongkai.disclosure.api.AdminDisclosureView;
import org.gongkai.disclosure.api.DisclosureVersionSummary;
import org.gongkai.disclosure.api.DueRecord;
import org.gongkai.disclosure.api.PublicationDeadline;
import org.gongkai.disclosure.content.DisclosureContent;

import java.time.LocalDate;

import org.gongkai.common.Clocks;

/** Entities to the console's views. */
final class DisclosureMapper {

    /** Art. 26: 20 working days from the day a record is created or changed. */
    static final int PUBLICATION_WORKING_DAYS = 20;
    private static final int DUE_SOON_WORKING_DAYS = 5;

    private DisclosureMapper() {
    }

    static AdminDisclosureSummary summary(DisclosureRecord r) {
        return new AdminDisclosureSummary(r.id, r.indexNumber, r.departmentCode, r.kind, r.title, r.status, r.draftState, r.draftSince,
                r.publishedOn, r.validity, r.updatedAt);
    }

    static AdminDisclosureView view(DisclosureRecord r, DisclosureContent current, WorkingDayCalendar calendar, LocalDate today) {
        return new AdminDisclosureView(r.id, r.indexNumber, r.departmentCode, r.kind, r.status, r.draftState, r.draft, current,
                r.currentVersion, deadline(r, calendar, today), r.submittedBy, r.submittedAt, r.changeNote, r.reviewNote, r.supersededBy,
                r.createdAt, r.createdBy, r.updatedAt);
    }

    static DueRecord due(DisclosureRecord r, WorkingDayCalendar calendar, LocalDate today) {
        return new DueRecord(r.id, r.indexNumber, r.departmentCode, r.kind, r.title, r.draftState, deadline(r, calendar, today));
    }

    static PublicationDeadline deadline(DisclosureRecord r, WorkingDayCalendar calendar, LocalDate today) {
        if (r.draftSince == null) {
            return null;
        }
        LocalDate since = LocalDate.ofInstant(r.draftSince, Clocks.CITY_ZONE);
        WorkingDayCount count = calendar.add(since, PUBLICATION_WORKING_DAYS);
        int left = calendar.between(today, count.to());
        return new PublicationDeadline(since, count.to(), left, today.isAfter(count.to()), left >= 0 && left <= DUE_SOON_WORKING_DAYS,
                count.yearsWithoutSchedule());
    }

    static List<DisclosureVersionSummary> history(List<DisclosureVersion> versions) {
        return versions.stream().map(v -> new DisclosureVersionSummary(v.version, v.state, v.publishedAt, v.changeNote)).toList();
    }
}
