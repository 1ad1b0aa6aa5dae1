package org.gongkai.disclosure;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.gongkai.audit.AuditService;
import org.gongkai.calendar.WorkingCalendarService;
import org.gongkai.common.Clocks;
import org.gongkai.common.DomainException;
import org.gongkai.common.EntityTags;
import org.gongkai.common.FieldError;
import org.gongkai.common.Page;
import org.gongkai.common.PageRequest;
import org.gongkai.common.Writes;
import org.gongkai.department.DepartmentService;
import org.gongkai.disclosure.api.AdminDisclosureSummary;
import org.gongkai.disclosure.api.DisclosureCreate;
import org.gongkai.disclosure.api.DisclosureEdit;
import org.gongkai.disclosure.api.DisclosureLink;
import org.gongkai.disclosure.api.DueRecord;
import org.gongkai.disclosure.api.InterpretationCoverage;
import org.gongkai.disclosure.api.ValidityChange;
import org.gongkai.disclosure.attachment.AttachmentStore;
import org.gongkai.files.StoredFile;
import org.gongkai.disclosure.content.AttachmentRef;
import org.gongkai.disclosure.content.DisclosureContent;
import org.gongkai.keydomain.KeyDomainService;
import org.gongkai.security.CurrentUser;
import org.gongkai.security.DepartmentScope;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * Staff and reviewers at work on the disclosure catalogue: drafts, the confidentiality review,
 * publication as immutable versions, withdrawal and validity. Every write checks role and department
 * scope and the If-Match version, leaves an audit entry in its transaction and is announced once
 * committed. The workflow's rules are the entity's ({@link DisclosureRecord}); what publication needs
 * is {@link DisclosureRules}.
 */
@ApplicationScoped
public class DisclosureService {

    public static final String TOPIC = "disclosures";
    static final String ENTITY = "disclosure";
    static final int MAX_ATTACHMENTS = 20;

    private final DisclosureRecordRepository records;
    private final DisclosureVersionRepository versions;
    private final IndexNumbers indexNumbers;
    private final AttachmentStore files;
    private final DepartmentService departments;
    private final KeyDomainService keyDomains;
    private final WorkingCalendarService calendar;
    private final DepartmentScope scope;
    private final CurrentUser user;
    private final AuditService audit;
    private final Writes writes;
    private final Clock clock;

    public DisclosureService(DisclosureRecordRepository records, DisclosureVersionRepository versions, IndexNumbers indexNumbers,
            AttachmentStore files, DepartmentService departments, KeyDomainService keyDomains, WorkingCalendarService calendar, DepartmentScope scope,
            CurrentUser user, AuditService audit, Writes writes, Clock clock) {
        this.records = records;
        this.versions = versions;
        this.indexNumbers = indexNumbers;
        this.files = files;
        this.departments = departments;
        this.keyDomains = keyDomains;
        this.calendar = calendar;
        this.scope = scope;
        this.user = user;
        this.audit = audit;
        this.writes = writes;
        this.clock = clock;
    }

    @WithSession
    public Uni<Page<AdminDisclosureSummary>> list(String department, RecordKind kind, DraftState draftState, PageRequest page) {
        String scoped = scope.readableDepartment(department);
        return records.staffCount(scoped, kind, draftState).chain(total -> records.staffPage(scoped, kind, draftState, page)
                .map(list -> new Page<>(list.stream().map(DisclosureMapper::summary).toList(), total, page.page(), page.size())));
    }

    /** The confidentiality review's queue: every department's records waiting for review, oldest first. */
    @WithSession
    public Uni<Page<AdminDisclosureSummary>> reviewQueue(PageRequest page) {
        return records.staffCount(null, null, DraftState.IN_REVIEW).chain(total -> records
                .find("draftState = ?1 order by submittedAt, id", DraftState.IN_REVIEW).page(page.page() - 1, page.size()).list()
                .map(list -> new Page<>(list.stream().map(DisclosureMapper::summary).toList(), total, page.page(), page.size())));
    }

    /** The records another feature keeps links to (the annual report's), without a scope check: the caller scopes. */
    @WithSession
    public Uni<List<AdminDisclosureSummary>> summaries(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return records.list("id in ?1", ids).map(list -> list.stream().map(DisclosureMapper::summary).toList());
    }

    @WithSession
    public Uni<DisclosureEdit> get(UUID id) {
        return find(id).invoke(this::requireReadable).chain(this::edit);
    }

    public Uni<DisclosureEdit> create(DisclosureCreate request) {
        scope.requireWriteAccess(request.departmentCode());
        DisclosureContent content = cleaned(request.content());
        Instant now = now();
        int year = LocalDate.ofInstant(now, Clocks.CITY_ZONE).getYear();
        return writes.commit(TOPIC, () -> departments.get(request.departmentCode())
                .onFailure(DomainException.NotFound.class).transform(e -> new DomainException.InvalidInput("departmentCode", "unknown",
                        "No department with code '" + request.departmentCode() + "'."))
                .chain(d -> indexNumbers.next(d.code(), d.creditCode() == null || d.creditCode().isBlank() ? d.code() : d.creditCode(), year))
                .chain(number -> keyDomains.subItemDomains().chain(domains -> {
                    DisclosureRecord r = DisclosureRecord.create(UUID.randomUUID(), number, request.departmentCode(), request.kind(), content,
                            domains, audit.actor(), now);
                    return records.persist(r);
                }))
                .call(r -> audit.record("disclosure.create", ENTITY, r.id.toString(), r.departmentCode,
                        Map.of("indexNumber", r.indexNumber, "kind", r.kind.name(), "title", r.title)))
                .call(records::flush)
                .chain(this::edit));
    }

    public Uni<DisclosureEdit> saveDraft(UUID id, String ifMatch, DisclosureContent content) {
        DisclosureContent clean = cleaned(content);
        return write(id, ifMatch, this::requireWrite, r -> files.refs(id).chain(stored -> keyDomains.subItemDomains().chain(domains -> {
            r.saveDraft(clean.withAttachments(resolved(clean.attachmentsOrEmpty(), stored)), domains, audit.actor(), now());
            return audit.record("disclosure.draft.save", ENTITY, id.toString(), r.departmentCode, Map.of("title", clean.title()));
        })));
    }

    /** Adds an uploaded file to the draft (one started from the public version if there is none), checked by {@code upload}. */
    Uni<DisclosureEdit> attach(UUID id, String ifMatch, Supplier<StoredFile> upload) {
        return write(id, ifMatch, this::requireWrite, r -> current(r).chain(v -> {
            // the file is looked at only once role, department and version have been accepted
            StoredFile file = upload.get();
            DisclosureContent base = r.draft != null ? r.draft : v == null ? null : v.content;
            if (base == null) {
                throw new DomainException.Conflict("The record has no content to attach a file to.");
            }
            if (base.attachmentsOrEmpty().size() >= MAX_ATTACHMENTS) {
                throw new DomainException.InvalidInput("file", "too-many", "A record carries at most " + MAX_ATTACHMENTS + " files.");
            }
            List<AttachmentRef> list = new ArrayList<>(base.attachmentsOrEmpty());
            list.add(new AttachmentRef(file.id(), file.fileName(), file.mediaType(), file.size()));
            DisclosureContent next = base.withAttachments(list);
            return keyDomains.subItemDomains().invoke(domains -> r.saveDraft(next, domains, audit.actor(), now()))
                    .chain(() -> files.store(file))
                    .chain(() -> audit.record("disclosure.attachment.add", ENTITY, id.toString(), r.departmentCode,
                            Map.of("file", file.fileName(), "mediaType", file.mediaType(), "size", file.size(), "sha256", file.sha256())));
        }));
    }

    /** The refs of a saved draft, each checked against the record's stored files and described by them. */
    private static List<AttachmentRef> resolved(List<AttachmentRef> wanted, List<AttachmentRef> stored) {
        List<FieldError> errors = new ArrayList<>();
        List<AttachmentRef> out = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            UUID want = wanted.get(i).id();
            AttachmentRef found = stored.stream().filter(a -> a.id().equals(want)).findFirst().orElse(null);
            if (found == null) {
                errors.add(new FieldError("attachments[" + i + "].id", "unknown", "No file " + want + " was uploaded to this record."));
            } else if (out.contains(found)) {
                errors.add(new FieldError("attachments[" + i + "].id", "duplicate", "The file " + want + " is listed twice."));
            } else {
                out.add(found);
            }
        }
        if (!errors.isEmpty()) {
            throw new DomainException.InvalidInput(errors);
        }
        return out;
    }

    public Uni<DisclosureEdit> discardDraft(UUID id, String ifMatch) {
        return write(id, ifMatch, this::requireWrite, r -> {
            r.discardDraft(now());
            return audit.record("disclosure.draft.discard", ENTITY, id.toString(), r.departmentCode, Map.of());
        });
    }

    public Uni<DisclosureEdit> submit(UUID id, String ifMatch, String note) {
        return write(id, ifMatch, this::requireWrite, r -> {
            if (r.draft == null) {
                throw new DomainException.Conflict("There are no unpublished changes to submit.");
            }
            return publicationErrors(r, r.draft).chain(errors -> {
                if (!errors.isEmpty()) {
                    throw new DomainException.RuleViolation("The draft does not meet the publication rules: " + errors.size() + " problem(s).", errors);
                }
                r.submit(note, audit.actor(), now());
                return audit.record("disclosure.submit", ENTITY, id.toString(), r.departmentCode, Map.of("note", note));
            });
        });
    }

    public Uni<DisclosureEdit> approve(UUID id, String ifMatch) {
        return write(id, ifMatch, this::requireReviewer, r -> {
            UUID supersedes = r.draft == null ? null : r.draft.supersedes();
            return current(r).chain(before -> keyDomains.subItemDomains().chain(domains -> {
                DisclosureVersion next = r.approve(before, domains, audit.actor(), now());
                return (before == null ? Uni.createFrom().voidItem() : versions.flush()).chain(() -> versions.persist(next))
                        .chain(() -> supersedes == null ? Uni.createFrom().voidItem()
                                : records.findById(supersedes).invoke(old -> {
                                    if (old != null) {
                                        old.supersededBy(r.id, now());
                                    }
                                }).replaceWithVoid())
                        .chain(() -> audit.record("disclosure.approve", ENTITY, id.toString(), r.departmentCode,
                                Map.of("version", next.version, "changeNote", next.changeNote)));
            }));
        });
    }

    public Uni<DisclosureEdit> returnToAuthor(UUID id, String ifMatch, String note) {
        return write(id, ifMatch, this::requireReviewer, r -> {
            r.returnToAuthor(note, audit.actor(), now());
            return audit.record("disclosure.return", ENTITY, id.toString(), r.departmentCode, Map.of("note", note));
        });
    }

    public Uni<DisclosureEdit> withdraw(UUID id, String ifMatch, String note) {
        return write(id, ifMatch, this::requireWrite, r -> {
            r.withdraw(now());
            return audit.record("disclosure.withdraw", ENTITY, id.toString(), r.departmentCode, Map.of("note", note));
        });
    }

    public Uni<DisclosureEdit> changeValidity(UUID id, String ifMatch, ValidityChange change) {
        return write(id, ifMatch, this::requireWrite, r -> current(r).chain(before -> keyDomains.subItemDomains().chain(domains -> {
            DisclosureVersion next = r.changeValidity(before, change.validity(), change.validUntil(), change.note(), domains, audit.actor(), now());
            return versions.flush().chain(() -> versions.persist(next)).chain(() -> {
                Map<String, Object> detail = new LinkedHashMap<>();
                detail.put("validity", change.validity().name());
                detail.put("validUntil", String.valueOf(change.validUntil()));
                detail.put("version", next.version);
                return audit.record("disclosure.validity", ENTITY, id.toString(), r.departmentCode, detail);
            });
        })));
    }

    /** The Art. 26 panel: unpublished changes of the caller's department (or every department for an admin), oldest first. */
    @WithSession
    public Uni<List<DueRecord>> due(String department) {
        String scoped = scope.readableDepartment(department);
        LocalDate today = LocalDate.now(clock);
        return calendar.calendar().chain(c -> records.withDrafts(scoped)
                .map(list -> list.stream().map(r -> DisclosureMapper.due(r, c, today)).toList()));
    }

    @WithSession
    public Uni<List<InterpretationCoverage>> interpretationCoverage(String department) {
        String scoped = scope.readableDepartment(department);
        return records.interpretationCoverage(scoped).map(rows -> {
            Map<String, List<DisclosureRecordRepository.CoverageRow>> byDepartment = new LinkedHashMap<>();
            rows.forEach(row -> byDepartment.computeIfAbsent(row.departmentCode(), k -> new ArrayList<>()).add(row));
            return byDepartment.values().stream().map(list -> {
                List<DisclosureLink> missing = list.stream().filter(row -> !row.interpreted()).map(DisclosureRecordRepository.CoverageRow::document).toList();
                return new InterpretationCoverage(list.get(0).departmentCode(), list.get(0).departmentName(), list.size(),
                        list.size() - missing.size(), missing);
            }).toList();
        });
    }

    /** The rules, and what they cannot see alone: the records an interpretation or a replacement points at exist and fit. */
    private Uni<List<FieldError>> publicationErrors(DisclosureRecord r, DisclosureContent content) {
        return keyDomains.subItemDomains().chain(domains -> publicationErrors(r, content, domains.keySet()));
    }

    /** The same, with the sub-items known already (an import checks hundreds of records against one list). */
    Uni<List<FieldError>> publicationErrors(DisclosureRecord r, DisclosureContent content, Set<String> knownSubItems) {
        List<FieldError> errors = new ArrayList<>(DisclosureRules.check(r.kind, content, knownSubItems));
        Uni<Void> checks = Uni.createFrom().voidItem();
        if (content.interprets() != null) {
            checks = checks.chain(() -> records.findById(content.interprets()).invoke(target -> {
                if (target == null || !target.kind.needsInterpretation()) {
                    errors.add(new FieldError("interprets", "not-a-policy", "'interprets' must name a policy or normative document."));
                }
            }).replaceWithVoid());
        }
        if (content.supersedes() != null) {
            checks = checks.chain(() -> records.findById(content.supersedes()).invoke(target -> {
                if (target == null || target.id.equals(r.id) || target.status != RecordStatus.PUBLISHED) {
                    errors.add(new FieldError("supersedes", "not-published", "'supersedes' must name another published record."));
                }
            }).replaceWithVoid());
        }
        return checks.replaceWith(errors);
    }

    interface Change {
        Uni<?> apply(DisclosureRecord record);
    }

    /** A change of one record: found, allowed, at the version the caller read; audited; committed; announced. */
    Uni<DisclosureEdit> write(UUID id, String ifMatch, Consumer<DisclosureRecord> allowed, Change change) {
        return writes.commit(TOPIC, () -> find(id).chain(r -> {
            allowed.accept(r);
            EntityTags.requireVersion(ifMatch, r.lockVersion);
            return change.apply(r).chain(records::flush).chain(() -> edit(r));
        }));
    }

    private void requireWrite(DisclosureRecord r) {
        scope.requireWriteAccess(r.departmentCode);
    }

    private void requireReviewer(DisclosureRecord r) {
        if (!user.isReviewer()) {
            throw new DomainException.Forbidden("Only a confidentiality reviewer may review records.");
        }
    }

    void requireReadable(DisclosureRecord r) {
        if (!user.isReviewer()) {
            scope.readableDepartment(r.departmentCode);
        }
    }

    private Uni<DisclosureEdit> edit(DisclosureRecord r) {
        return current(r).chain(v -> calendar.calendar().map(c -> new DisclosureEdit(
                DisclosureMapper.view(r, v == null ? null : v.content, c, LocalDate.now(clock)), r.lockVersion)));
    }

    private Uni<DisclosureVersion> current(DisclosureRecord r) {
        return versions.find(r.id, r.currentVersion);
    }

    Uni<DisclosureRecord> find(UUID id) {
        return records.findById(id).onItem().ifNull().failWith(() -> new DomainException.NotFound("disclosure record", id));
    }

    private static DisclosureContent cleaned(DisclosureContent content) {
        return content.withBody(HtmlBody.clean(content.body()));
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
