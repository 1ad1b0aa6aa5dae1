package org.gongkai.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.gongkai.application.api.CorrectionRequest;
import org.gongkai.application.api.InboxCounts;
import org.gongkai.application.api.OfficeApplicationEdit;
import org.gongkai.application.api.OfficeApplicationSummary;
import org.gongkai.application.api.ReplyRequest;
import org.gongkai.application.api.TransferRequest;
import org.gongkai.audit.AuditService;
import org.gongkai.calendar.WorkingCalendarService;
import org.gongkai.common.ChangeListener;
import org.gongkai.common.DomainException;
import org.gongkai.common.EntityTags;
import org.gongkai.common.GongkaiConfig;
import org.gongkai.common.Page;
import org.gongkai.common.PageRequest;
import org.gongkai.common.Writes;
import org.gongkai.department.DepartmentService;
import org.gongkai.disclosure.PublicDisclosureService;
import org.gongkai.files.StoredFile;
import org.gongkai.files.Uploads;
import org.gongkai.security.CurrentUser;
import org.gongkai.security.DepartmentScope;
import org.gongkai.security.StaffDirectory;
import org.gongkai.security.StaffMember;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The department's disclosure office at work on its cases: the inbox, a case with the applicant's data
 * (every read audited), correction requests, replies with their documents and letter, notes, assignment
 * and transfer. Staff act for their own department, admins for all. The steps that pause or extend the
 * clock are in {@link OfficeClockService}.
 */
@ApplicationScoped
public class OfficeService implements ChangeListener {

    private final CaseSteps steps;
    private final InformationRequestRepository requests;
    private final RequestDocuments documents;
    private final ApplicationService applications;
    private final DepartmentService departments;
    private final PublicDisclosureService disclosures;
    private final ReplyLetters letters;
    private final WorkingCalendarService calendar;
    private final DepartmentScope scope;
    private final CurrentUser user;
    private final AuditService audit;
    private final Writes writes;
    private final StaffDirectory directory;
    private final long maxUpload;

    public OfficeService(CaseSteps steps, InformationRequestRepository requests, RequestDocuments documents, ApplicationService applications,
            DepartmentService departments, PublicDisclosureService disclosures, ReplyLetters letters, WorkingCalendarService calendar,
            DepartmentScope scope, CurrentUser user, AuditService audit, Writes writes, StaffDirectory directory, GongkaiConfig config) {
        this.steps = steps;
        this.requests = requests;
        this.documents = documents;
        this.applications = applications;
        this.departments = departments;
        this.disclosures = disclosures;
        this.letters = letters;
        this.calendar = calendar;
        this.scope = scope;
        this.user = user;
        this.audit = audit;
        this.writes = writes;
        this.directory = directory;
        this.maxUpload = config.http().maxUpload().asLongValue();
    }

    @WithSession
    public Uni<Page<OfficeApplicationSummary>> inbox(String department, RequestState state, InboxBucket bucket, PageRequest page) {
        String scoped = scope.readableDepartment(department);
        LocalDate today = steps.today();
        return calendar.calendar().chain(c -> {
            var filter = new InformationRequestRepository.InboxFilter(scoped, state, bucket, today, c.add(today, InboxBucket.DUE_SOON_WORKING_DAYS).to());
            return requests.inboxCount(filter).chain(total -> requests.inbox(filter, page)
                    .map(list -> new Page<>(list.stream().map(ApplicationMapper::summary).toList(), total, page.page(), page.size())));
        });
    }

    /** How many cases of each kind the inbox holds (the tabs' counts). */
    @WithSession
    public Uni<InboxCounts> counts(String department) {
        String scoped = scope.readableDepartment(department);
        LocalDate today = steps.today();
        return calendar.calendar().chain(c -> requests.counts(scoped, today, c.add(today, InboxBucket.DUE_SOON_WORKING_DAYS).to()));
    }

    /** A case with the applicant's data: the read itself is written to the audit trail. */
    public Uni<OfficeApplicationEdit> get(UUID id) {
        return writes.commit(ApplicationService.TOPIC, () -> steps.find(id).chain(r -> {
            scope.requireWriteAccess(r.departmentCode);
            return audit.record("application.view", ApplicationService.ENTITY, r.id.toString(), r.departmentCode,
                    Map.of("trackingNumber", r.trackingNumber)).chain(() -> steps.edit(r));
        }));
    }

    public Uni<OfficeApplicationEdit> requestCorrection(UUID id, String ifMatch, CorrectionRequest body) {
        return steps.step(id, ifMatch, (r, ev) -> calendar.calendar().chain(c -> {
            LocalDate today = steps.today();
            boolean askedBefore = ev.stream().anyMatch(e -> e.kind == RequestEvent.Kind.CORRECTION_REQUESTED);
            r.requestCorrection(ApplicationMapper.clock(r, ev, c, today), today, body.deadline(), askedBefore, steps.now());
            return steps.record(r, RequestEvent.Kind.CORRECTION_REQUESTED, body.note(), false);
        }));
    }

    /** The reply; a disclosure may point to published records, and each 索引号 must name one the public can open. */
    public Uni<OfficeApplicationEdit> reply(UUID id, String ifMatch, ReplyRequest body) {
        var numbers = body.indexNumbersOrEmpty();
        return steps.step(id, ifMatch, (r, ev) -> disclosures.notPublic(numbers).chain(unknown -> {
            if (!unknown.isEmpty()) {
                throw new DomainException.InvalidInput("indexNumbers", "not-public", "No public record has the 索引号 " + String.join(", ", unknown) + ".");
            }
            r.reply(body.outcome(), body.reason(), body.text().strip(), numbers, steps.today(), steps.now());
            return steps.record(r, RequestEvent.Kind.REPLIED, body.outcome() + (body.reason() == null ? "" : " / " + body.reason()), false);
        }));
    }

    /** An internal note on the case: the applicant never sees it. */
    public Uni<OfficeApplicationEdit> note(UUID id, String ifMatch, String note) {
        return steps.step(id, ifMatch, (r, ev) -> {
            r.updatedAt = steps.now();
            return steps.record(r, RequestEvent.Kind.NOTE, note, true);
        });
    }

    /** Who may handle the department's cases: staff its own list, admins any department's (they must name one). */
    public Uni<List<StaffMember>> handlers(String department) {
        String scoped = scope.readableDepartment(department);
        if (scoped == null) {
            throw new DomainException.InvalidInput("department", "required", "Name the department whose staff to list.");
        }
        return departments.requireName("department", scoped).chain(name -> directory.of(scoped));
    }

    /**
     * Gives the case to a member of its department's staff. The directory is asked between two sessions,
     * not inside the step's transaction: a slow Keycloak must not hold a database connection.
     */
    public Uni<OfficeApplicationEdit> assign(UUID id, String ifMatch, String handler) {
        return departmentToChange(id, ifMatch).call(department -> directory.requireMember(department, "handler", handler))
                .chain(department -> steps.step(id, ifMatch, (r, ev) -> {
                    if (!department.equals(r.departmentCode)) {
                        throw new DomainException.Conflict("The case moved to another department meanwhile; reload it.");
                    }
                    r.assign(handler, steps.now());
                    return steps.record(r, RequestEvent.Kind.ASSIGNED, handler, true);
                }));
    }

    /** The case's department, once the caller may change the case at the version read (as a step would check). */
    @WithSession
    Uni<String> departmentToChange(UUID id, String ifMatch) {
        return steps.find(id).map(r -> {
            scope.requireWriteAccess(r.departmentCode);
            EntityTags.requireVersion(ifMatch, r.lockVersion);
            return r.departmentCode;
        });
    }

    /** Sends the case to the department that holds the information (the city office only); the clock runs on. */
    public Uni<OfficeApplicationEdit> transfer(UUID id, String ifMatch, TransferRequest body) {
        if (!user.isAdmin()) {
            throw new DomainException.Forbidden("Cases are transferred between departments by the city's office (admins).");
        }
        return steps.step(id, ifMatch, (r, ev) -> departments.requireName("departmentCode", body.departmentCode()).chain(name -> {
            r.transferTo(body.departmentCode(), steps.now());
            return steps.record(r, RequestEvent.Kind.TRANSFERRED, name + "：" + body.reason().strip(), false);
        }));
    }

    /** Adds a document to the reply (the information itself, or an enclosure); the applicant sees it with the reply. */
    public Uni<OfficeApplicationEdit> addDocument(UUID id, String ifMatch, String fileName, byte[] content) {
        StoredFile file = Uploads.checked(id, fileName, content, maxUpload, steps.now(), audit.actor());
        return steps.step(id, ifMatch, (r, ev) -> {
            if (!r.state.isOpen()) {
                throw new DomainException.Conflict("The reply is sent; its documents no longer change.");
            }
            r.updatedAt = steps.now();
            return documents.add(r.id, file, false).chain(() -> steps.record(r, RequestEvent.Kind.DOCUMENT_ADDED, file.fileName(), true));
        });
    }

    @WithSession
    public Uni<StoredFile> document(UUID id, int position) {
        return steps.find(id).invoke(r -> scope.requireWriteAccess(r.departmentCode)).chain(r -> documents.read(r.id, position))
                .onItem().ifNull().failWith(() -> new DomainException.NotFound("document", position));
    }

    /** The reply letter of a replied case, as the office prints it. */
    @WithSession
    public Uni<String> replyLetter(UUID id) {
        return steps.find(id).invoke(r -> scope.requireWriteAccess(r.departmentCode)).chain(this::letter);
    }

    /** The reply letter of one of the caller's own cases. */
    public Uni<String> myReplyLetter(UUID id) {
        return applications.ownCase(id).chain(this::letter);
    }

    private Uni<String> letter(InformationRequest r) {
        if (r.outcome == null) {
            return Uni.createFrom().failure(new DomainException.NotFound("reply letter", r.id));
        }
        return departments.get(r.departmentCode).map(d -> letters.render(r, d.name()));
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
}
