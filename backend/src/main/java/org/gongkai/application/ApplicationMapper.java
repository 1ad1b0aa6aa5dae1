package org.gongkai.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.gongkai.application.api.ClockView;
import org.gongkai.application.api.MyApplicationView;
import org.gongkai.application.api.OfficeApplicationSummary;
import org.gongkai.application.api.OfficeApplicationView;
import org.gongkai.application.api.TimelineEntry;
import org.gongkai.calendar.WorkingDayCalendar;

/** Cases to their views; the clock counted from the case's steps. */
final class ApplicationMapper {

    private static final int DUE_SOON = 5;

    private ApplicationMapper() {
    }

    static ReplyClock.State clock(InformationRequest r, List<RequestEvent> events, WorkingDayCalendar calendar, LocalDate today) {
        List<ClockEvent> steps = events.stream().map(RequestEvent::asClockEvent).filter(Objects::nonNull).toList();
        return ReplyClock.compute(calendar, r.receivedOn, steps, today);
    }

    static ClockView clockView(InformationRequest r, ReplyClock.State s, WorkingDayCalendar calendar, LocalDate today) {
        boolean open = r.state.isOpen();
        Integer left = !open || s.replyDue() == null ? null : calendar.between(today, s.replyDue());
        return new ClockView(s.replyDue(), left, left != null && today.isAfter(s.replyDue()), left != null && left >= 0 && left <= DUE_SOON,
                s.correctionRequestBy(), r.correctionDue, s.pausedWorkingDays(), s.extendedWorkingDays(), s.yearsWithoutSchedule());
    }

    static List<TimelineEntry> timeline(List<RequestEvent> events, boolean withInternal) {
        return events.stream().filter(e -> withInternal || !e.internal)
                .map(e -> new TimelineEntry(e.kind, e.onDate, e.at, e.note, e.internal)).toList();
    }

    static MyApplicationView mine(InformationRequest r, List<RequestEvent> events, ClockView clock) {
        return new MyApplicationView(r.id, r.trackingNumber, r.departmentCode, r.state, r.receivedOn, r.title, r.documentNumber,
                r.description, r.formWanted, r.delivery, clock, r.outcome, r.outcomeReason, r.replyText, r.repliedOn, timeline(events, false));
    }

    static OfficeApplicationSummary summary(InformationRequest r) {
        return new OfficeApplicationSummary(r.id, r.trackingNumber, r.departmentCode, r.state, r.channel, r.applicantType, r.applicantName,
                r.title, r.receivedOn, r.replyDue, r.handler);
    }

    static OfficeApplicationView office(InformationRequest r, String idNumberMasked, List<RequestEvent> events, ClockView clock) {
        return new OfficeApplicationView(r.id, r.trackingNumber, r.departmentCode, r.state, r.channel, r.applicantType, r.organisationKind,
                r.applicantName, r.idType, idNumberMasked, r.phone, r.email, r.postalAddress, r.title, r.documentNumber, r.description,
                r.formWanted, r.delivery, r.receivedOn, clock, r.handler, r.outcome, r.outcomeReason, r.replyText, r.repliedOn,
                timeline(events, true));
    }
}
