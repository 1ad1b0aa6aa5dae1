package org.gongkai.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

import jakarta.enterprise.context.ApplicationScoped;

import org.gongkai.application.api.CorrectionRequest;
import org.gongkai.application.api.OfficeApplicationEdit;
import org.gongkai.application.api.OfficeApplicationSummary;
import org.gongkai.application.api.ReplyRequest;
import org.gongkai.audit.AuditService;
import org.gongkai.calendar.WorkingCalendarService;
import org.gongkai.common.ChangeListener;
import org.gongkai.common.Clocks;
import org.gongkai.common.DomainException;
import org.gongkai.common.EntityTags;
import org.gongkai.common.Page;
import org.gongkai.common.PageRequest;
import org.gongkai.common.Writes;
import org.gongkai.security.DepartmentScope;
import org.gongkai.security.PersonalDataCipher;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The department's disclosure office at work on its cases: the inbox, a case with the applicant's
 * data (every read audited), and the steps that move the clock. Staff act for their own department,
 * admins for all.
 */
@ApplicationScoped
public class OfficeService implements ChangeListener {

    private final InformationRequestRepository requests;
    private final RequestEventRepository events;
    private final ApplicationService applications;
    private final WorkingCalendarService calendar;
    private final PersonalDataCipher cipher;
    private final DepartmentScope scope;
    private final AuditService audit;
    private final Writes writes;
    private final Clock clock;

    public OfficeService(InformationRequestRepository requests, RequestEventRepository events, ApplicationService applications,
            WorkingCalendarService calendar, PersonalDataCipher cipher, DepartmentScope scope, AuditService audit, Writes writes, Clock clock) {
        this.requests = requests;
        this.events = events;
        this.applications = applications;
        this.calendar = calendar;
        this.cipher = cipher;
        this.scope = scope;
        this.audit = audit;
        this.writes = writes;
        this.clock = clock;
    }

    @WithSession
    public Uni<Page<OfficeApplicationSummary>> inbox(String department, RequestState state, PageRequest page) {
        String scoped = scope.readableDepartment(department);
        return requests.inboxCount(scoped, state).chain(total -> requests.inbox(scoped, state, page)
                .map(list -> new Page<>(list.stream().map(ApplicationMapper::summary).toList(), total, page.page(), page.size())));
    }

    /** A case with the applicant's data: the read itself is written to the audit trail. */
    public Uni<OfficeApplicationEdit> get(UUID id) {
        return writes.commit(ApplicationService.TOPIC, () -> find(id).chain(r -> {
            scope.requireWriteAccess(r.departmentCode);
            return audit.record("application.view", ApplicationService.ENTITY, r.id.toString(), r.departmentCode,
                    Map.of("trackingNumber", r.trackingNumber)).chain(() -> edit(r));
        }));
    }

    public Uni<OfficeApplicationEdit> requestCorrection(UUID id, String ifMatch, CorrectionRequest body) {
        return step(id, ifMatch, (r, ev) -> calendar.calendar().chain(c -> {
            LocalDate today = LocalDate.now(clock);
            boolean askedBefore = ev.stream().anyMatch(e -> e.kind == RequestEvent.Kind.CORRECTION_REQUESTED);
            r.requestCorrection(ApplicationMapper.clock(r, ev, c, today), today, body.deadline(), askedBefore, clock.instant());
            return record(r, RequestEvent.Kind.CORRECTION_REQUESTED, body.note(), false);
        }));
    }

    public Uni<OfficeApplicationEdit> reply(UUID id, String ifMatch, ReplyRequest body) {
        return step(id, ifMatch, (r, ev) -> {
            r.reply(body.outcome(), body.reason(), body.text().strip(), LocalDate.now(clock), clock.instant());
            return record(r, RequestEvent.Kind.REPLIED, body.outcome() + (body.reason() == null ? "" : " / " + body.reason()), false);
        });
    }

    /** An internal note on the case: the applicant never sees it. */
    public Uni<OfficeApplicationEdit> note(UUID id, String ifMatch, String note) {
        return step(id, ifMatch, (r, ev) -> {
            r.updatedAt = clock.instant();
            return record(r, RequestEvent.Kind.NOTE, note, true);
        });
    }

    /** The calendar changed: every open deadline is counted again. */
    @Override
    public Uni<Void> changed(String topic) {
        if (!WorkingCalendarService.TOPIC.equals(topic)) {
            return Uni.createFrom().voidItem();
        }
        return writes.commit(ApplicationService.TOPIC, () -> requests.open().chain(list -> Multi.createFrom().iterable(list)
                .onItem().transformToUniAndConcatenate(applications::recount).collect().asList())).replaceWithVoid();
    }

    /** A step on one case: in scope, at the version read, recorded on the timeline, the clock counted again, audited. */
    private Uni<OfficeApplicationEdit> step(UUID id, String ifMatch, BiFunction<InformationRequest, List<RequestEvent>, Uni<Void>> work) {
        return writes.commit(ApplicationService.TOPIC, () -> find(id).chain(r -> {
            scope.requireWriteAccess(r.departmentCode);
            EntityTags.requireVersion(ifMatch, r.lockVersion);
            return events.of(r.id).chain(ev -> {
                r.startWork(audit.actor(), clock.instant());
                return work.apply(r, ev);
            }).chain(() -> applications.recount(r)).call(requests::flush).chain(() -> edit(r));
        }));
    }

    private Uni<Void> record(InformationRequest r, RequestEvent.Kind kind, String note, boolean internal) {
        Instant now = clock.instant();
        RequestEvent e = RequestEvent.of(r.id, kind, LocalDate.ofInstant(now, Clocks.CITY_ZONE), now, audit.actor(), note);
        e.internal = internal;
        return events.persist(e).chain(() -> audit.record("application." + kind.name().toLowerCase().replace('_', '-'),
                ApplicationService.ENTITY, r.id.toString(), r.departmentCode, Map.of("trackingNumber", r.trackingNumber)));
    }

    private Uni<OfficeApplicationEdit> edit(InformationRequest r) {
        LocalDate today = LocalDate.now(clock);
        return calendar.calendar().chain(c -> events.of(r.id).map(ev -> new OfficeApplicationEdit(ApplicationMapper.office(r,
                PersonalDataCipher.mask(cipher.decrypt(r.idNumberEncrypted)), ev,
                ApplicationMapper.clockView(r, ApplicationMapper.clock(r, ev, c, today), c, today)), r.lockVersion)));
    }

    private Uni<InformationRequest> find(UUID id) {
        return requests.findById(id).onItem().ifNull().failWith(() -> new DomainException.NotFound("application", id));
    }
}
