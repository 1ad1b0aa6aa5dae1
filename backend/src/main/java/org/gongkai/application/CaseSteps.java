package org.gongkai.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

import jakarta.enterprise.context.ApplicationScoped;

import org.gongkai.application.api.OfficeApplicationEdit;
import org.gongkai.audit.AuditService;
import org.gongkai.calendar.WorkingCalendarService;
import org.gongkai.common.Clocks;
import org.gongkai.common.DomainException;
import org.gongkai.common.EntityTags;
import org.gongkai.common.Writes;
import org.gongkai.security.DepartmentScope;
import org.gongkai.security.PersonalDataCipher;

import io.smallrye.mutiny.Uni;

/**
 * How every office step on a case runs, one way: in the caller's department scope, at the version read
 * (If-Match), recorded on the timeline with who and when, the clock counted again, the applicant's mail
 * queued and the audit entry written — all in one transaction.
 */
@ApplicationScoped
public class CaseSteps {

    private final InformationRequestRepository requests;
    private final RequestEventRepository events;
    private final RequestDocuments documents;
    private final ApplicationService applications;
    private final MailOutbox mails;
    private final WorkingCalendarService calendar;
    private final PersonalDataCipher cipher;
    private final DepartmentScope scope;
    private final AuditService audit;
    private final Writes writes;
    private final Clock clock;

    public CaseSteps(InformationRequestRepository requests, RequestEventRepository events, RequestDocuments documents,
            ApplicationService applications, MailOutbox mails, WorkingCalendarService calendar, PersonalDataCipher cipher,
            DepartmentScope scope, AuditService audit, Writes writes, Clock clock) {
        this.requests = requests;
        this.events = events;
        this.documents = documents;
        this.applications = applications;
        this.mails = mails;
        this.calendar = calendar;
        this.cipher = cipher;
        this.scope = scope;
        this.audit = audit;
        this.writes = writes;
        this.clock = clock;
    }

    /** A step on one case by its department's office (or an admin). */
    Uni<OfficeApplicationEdit> step(UUID id, String ifMatch, BiFunction<InformationRequest, List<RequestEvent>, Uni<Void>> work) {
        return writes.commit(ApplicationService.TOPIC, () -> find(id).chain(r -> {
            scope.requireWriteAccess(r.departmentCode);
            EntityTags.requireVersion(ifMatch, r.lockVersion);
            return events.of(r.id).chain(ev -> {
                r.startWork(audit.actor(), clock.instant());
                return work.apply(r, ev);
            }).chain(() -> applications.recount(r)).call(requests::flush).chain(() -> edit(r));
        }));
    }

    /** Puts a step on the timeline, queues the applicant's mail for it, and audits it. */
    Uni<Void> record(InformationRequest r, RequestEvent.Kind kind, String note, boolean internal) {
        return record(r, kind, note, internal, 0);
    }

    Uni<Void> record(InformationRequest r, RequestEvent.Kind kind, String note, boolean internal, int workingDays) {
        return timeline(r, kind, note, internal, workingDays, audit.actor()).chain(() -> audit.record(action(kind), ApplicationService.ENTITY,
                r.id.toString(), r.departmentCode, Map.of("trackingNumber", r.trackingNumber)));
    }

    /** A step the system takes on its own (a deadline that passed). */
    Uni<Void> recordBySystem(InformationRequest r, RequestEvent.Kind kind, String note) {
        return timeline(r, kind, note, false, 0, AuditService.SYSTEM).chain(() -> audit.recordSystem(action(kind), ApplicationService.ENTITY,
                r.id.toString(), r.departmentCode, Map.of("trackingNumber", r.trackingNumber)));
    }

    private Uni<Void> timeline(InformationRequest r, RequestEvent.Kind kind, String note, boolean internal, int workingDays, String actor) {
        Instant now = clock.instant();
        RequestEvent e = RequestEvent.of(r.id, kind, LocalDate.ofInstant(now, Clocks.CITY_ZONE), now, actor, note);
        e.internal = internal;
        e.workingDays = workingDays;
        MailOutbox.Kind mail = mailFor(kind);
        return events.persist(e).replaceWithVoid()
                .call(() -> mail == null ? Uni.createFrom().voidItem() : mails.queue(r.id, mail, Long.toString(now.toEpochMilli()), now));
    }

    private static String action(RequestEvent.Kind kind) {
        return "application." + kind.name().toLowerCase().replace('_', '-');
    }

    /** The case as the office sees it, with the applicant's data (ID number masked). */
    Uni<OfficeApplicationEdit> edit(InformationRequest r) {
        LocalDate today = today();
        return calendar.calendar().chain(c -> events.of(r.id).chain(ev -> documents.of(r.id).map(docs -> new OfficeApplicationEdit(
                ApplicationMapper.office(r, PersonalDataCipher.mask(cipher.decrypt(r.idNumberEncrypted)), ev, docs,
                        ApplicationMapper.clockView(r, ApplicationMapper.clock(r, ev, c, today), c, today)), r.lockVersion))));
    }

    Uni<InformationRequest> find(UUID id) {
        return requests.findById(id).onItem().ifNull().failWith(() -> new DomainException.NotFound("application", id));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Instant now() {
        return clock.instant();
    }

    static MailOutbox.Kind mailFor(RequestEvent.Kind kind) {
        return switch (kind) {
            case RECEIVED -> MailOutbox.Kind.RECEIPT;
            case CORRECTION_REQUESTED -> MailOutbox.Kind.CORRECTION_REQUESTED;
            case EXTENDED -> MailOutbox.Kind.EXTENDED;
            case FEE_NOTIFIED -> MailOutbox.Kind.FEE_NOTIFIED;
            case TRANSFERRED -> MailOutbox.Kind.TRANSFERRED;
            case REPLIED -> MailOutbox.Kind.REPLIED;
            case CLOSED -> MailOutbox.Kind.CLOSED;
            default -> null;
        };
    }
}
