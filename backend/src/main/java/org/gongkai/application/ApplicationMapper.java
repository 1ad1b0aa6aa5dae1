package org.gongkai.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.gongkai.application.api.ClockView;
import org.gongkai.application.api.DocumentRef;
import org.gongkai.application.api.ExtensionPending;
import org.gongkai.application.api.FeeNotice;
import org.gongkai.application.api.MyApplicationView;
import org.gongkai.application.api.OfficeApplicationSummary;
import org.gongkai.application.api.OfficeApplicationView;
import org.gongkai.application.api.TimelineEntry;
import org.gongkai.calendar.WorkingDayCalendar;

/** Cases to their views; the clock counted from the case's steps. */
final class ApplicationMapper {

    private ApplicationMapper() {
    }

    static ReplyClock.State clock(InformationRequest r, List<RequestEvent> events, WorkingDayCalendar calendar, LocalDate today) {
        List<ClockEvent> steps = events.stream().map(RequestEvent::asClockEvent).filter(Objects::nonNull).toList();
        return ReplyClock.compute(calendar, r.receivedOn, steps, today);
    }

    static ClockView clockView(InformationRequest r, ReplyClock.State s, WorkingDayCalendar calendar, LocalDate today) {
        boolean open = r.state.isOpen();
        Integer left = !open || s.replyDue() == null ? null : calendar.between(today, s.replyDue());
        return new ClockView(s.replyDue(), left, left != null && today.isAfter(s.replyDue()), left != null && left >= 0 && left <= InboxBucket.DUE_SOON_WORKING_DAYS,
                s.correctionRequestBy(), r.correctionDue, s.pausedWorkingDays(), s.extendedWorkingDays(), s.yearsWithoutSchedule());
    }

    /**
     * The timeline; for the applicant without the office's internal steps, and without the notes of a
     * consultation (whom the office consulted and their opinion are the office's to know).
     */
    static List<TimelineEntry> timeline(List<RequestEvent> events, boolean withInternal) {
        return events.stream().filter(e -> withInternal || !e.internal)
                .map(e -> new TimelineEntry(e.kind, e.onDate, e.at, withInternal || !consultation(e.kind) ? e.note : null, e.internal)).toList();
    }

    private static boolean consultation(RequestEvent.Kind kind) {
        return kind == RequestEvent.Kind.CONSULTATION_STARTED || kind == RequestEvent.Kind.CONSULTATION_ENDED;
    }

    static List<String> indexNumbers(InformationRequest r) {
        return r.disclosedIndexNumbers == null ? List.of() : List.of(r.disclosedIndexNumbers.split(" "));
    }

    static FeeNotice fee(InformationRequest r) {
        return r.feeAmount == null ? null : new FeeNotice(r.feeAmount, r.feeDue);
    }

    /** The applicant's view: their own material, and the reply's documents once the reply is sent. */
    static MyApplicationView mine(InformationRequest r, List<RequestEvent> events, List<DocumentRef> documents, ClockView clock) {
        return new MyApplicationView(r.id, r.trackingNumber, r.departmentCode, r.state, r.receivedOn, r.title, r.documentNumber,
                r.description, r.formWanted, r.delivery, clock, r.outcome, r.outcomeReason, r.replyText, r.repliedOn, indexNumbers(r),
                fee(r), documents.stream().filter(d -> visibleToApplicant(r, d)).toList(), timeline(events, false));
    }

    static OfficeApplicationSummary summary(InformationRequest r) {
        return new OfficeApplicationSummary(r.id, r.trackingNumber, r.departmentCode, r.state, r.channel, r.applicantType, r.applicantName,
                r.title, r.receivedOn, r.replyDue, r.handler);
    }

    static boolean visibleToApplicant(InformationRequest r, DocumentRef d) {
        return d.fromApplicant() || r.state == RequestState.REPLIED;
    }

    static OfficeApplicationView office(InformationRequest r, String idNumberMasked, List<RequestEvent> events, List<DocumentRef> documents,
            ClockView clock) {
        return new OfficeApplicationView(r.id, r.trackingNumber, r.departmentCode, r.state, r.channel, r.applicantType, r.organisationKind,
                r.applicantName, r.idType, idNumberMasked, r.phone, r.email, r.postalAddress, r.title, r.documentNumber, r.description,
                r.formWanted, r.delivery, r.receivedOn, clock, r.handler, r.outcome, r.outcomeReason, r.replyText, r.repliedOn,
                indexNumbers(r), r.extensionDays == null ? null : new ExtensionPending(r.extensionDays, r.extensionReason, r.extensionRequestedBy),
                fee(r), documents, timeline(events, true));
    }
}
