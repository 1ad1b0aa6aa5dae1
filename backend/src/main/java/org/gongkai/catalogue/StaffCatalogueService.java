package org.gongkai.catalogue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.gongkai.audit.AuditService;
import org.gongkai.catalogue.api.AdminServiceSummary;
import org.gongkai.catalogue.api.AdminServiceView;
import org.gongkai.catalogue.api.AdminVersionSummary;
import org.gongkai.catalogue.api.PublishRequest;
import org.gongkai.catalogue.api.ScheduleRequest;
import org.gongkai.catalogue.api.ServiceCreate;
import org.gongkai.catalogue.api.ValidationReport;
import org.gongkai.catalogue.guide.GuideRules;
import org.gongkai.catalogue.guide.ServiceGuide;
import org.gongkai.common.DomainException;
import org.gongkai.common.EntityTags;
import org.gongkai.common.FieldError;
import org.gongkai.common.Page;
import org.gongkai.common.PageRequest;
import org.gongkai.calendar.WorkingCalendarService;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.common.Writes;
import org.gongkai.department.DepartmentService;
import org.gongkai.security.DepartmentScope;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Staff work on the catalogue: drafts, validation, publication as a new immutable version, and
 * scheduled status changes. Every write checks department scope and the If-Match version, leaves an
 * audit entry in its transaction, and tells the public cache once it has committed. The rules
 * themselves are the entity's ({@link ServiceItem}).
 */
@ApplicationScoped
public class StaffCatalogueService {

    /** The topic {@link Writes} announces after a catalogue change. */
    public static final String TOPIC = "catalogue";
    static final String ENTITY = "service-item";
    private static final int IMPORT_BATCH = 50;

    private final ServiceItemRepository items;
    private final ServiceItemVersionRepository versions;
    private final ThemeRepository themes;
    private final DepartmentService departments;
    private final DepartmentScope scope;
    private final AuditService audit;
    private final Writes writes;
    private final CatalogueViewCounter views;
    private final WorkingCalendarService calendar;
    private final Clock clock;

    public StaffCatalogueService(ServiceItemRepository items, ServiceItemVersionRepository versions, ThemeRepository themes,
            DepartmentService departments, DepartmentScope scope, AuditService audit, Writes writes, CatalogueViewCounter views,
            WorkingCalendarService calendar, Clock clock) {
        this.items = items;
        this.versions = versions;
        this.themes = themes;
        this.departments = departments;
        this.scope = scope;
        this.audit = audit;
        this.writes = writes;
        this.views = views;
        this.calendar = calendar;
        this.clock = clock;
    }

    public Uni<Page<AdminServiceSummary>> list(CatalogueQuery query, PageRequest page) {
        CatalogueQuery scoped = query.inDepartment(scope.readableDepartment(query.department()));
        return items.list(scoped, page).map(p -> p.map(CatalogueMapper::adminSummary));
    }

    /** True before the first item exists (the demo data loads into an empty catalogue only). */
    @WithSession
    public Uni<Boolean> isEmpty() {
        return items.count().map(n -> n == 0);
    }

    @WithSession
    public Uni<AdminServiceView> get(UUID id) {
        return readable(id).chain(this::view);
    }

    @WithSession
    public Uni<List<AdminVersionSummary>> history(UUID id) {
        return readable(id).chain(item -> versions.history(item.id))
                .map(list -> list.stream().map(CatalogueMapper::adminVersion).toList());
    }

    @WithSession
    public Uni<ValidationReport> validate(UUID id) {
        return readable(id)
                .chain(item -> item.draft != null ? Uni.createFrom().item(item.draft) : current(item).map(v -> v.guide))
                .chain(guide -> themes.codes().chain(codes -> calendar.calendar().map(workingDays -> {
                    List<FieldError> errors = GuideRules.check(guide, codes, workingDays, LocalDate.now(clock));
                    return new ValidationReport(errors.isEmpty(), errors);
                })));
    }

    public Uni<AdminServiceView> create(ServiceCreate request) {
        scope.requireWriteAccess(request.departmentCode());
        return writes.commit(TOPIC, () -> departments.requireName("departmentCode", request.departmentCode())
                .chain(() -> items.count("implementationCode", request.implementationCode()))
                .chain(existing -> {
                    if (existing > 0) {
                        throw new DomainException.Conflict("An item with implementation code '" + request.implementationCode() + "' exists already.");
                    }
                    return calendar.calendar().chain(workingDays -> items.persist(ServiceItem.create(UUID.randomUUID(),
                            request.implementationCode(), request.basicCode(), request.departmentCode(), request.guide(), workingDays,
                            audit.actor(), now())));
                })
                .call(item -> audit.record("service.create", ENTITY, item.id.toString(), item.departmentCode,
                        Map.of("name", item.name, "implementationCode", item.implementationCode)))
                .call(items::flush)
                .chain(this::view));
    }

    public Uni<AdminServiceView> saveDraft(UUID id, String ifMatch, ServiceGuide guide) {
        return write(id, ifMatch, item -> calendar.calendar().chain(workingDays -> {
            item.saveDraft(guide, workingDays, audit.actor(), now());
            return audit.record("service.draft.save", ENTITY, id.toString(), item.departmentCode, Map.of("name", guide.name()));
        }));
    }

    public Uni<AdminServiceView> discardDraft(UUID id, String ifMatch) {
        return write(id, ifMatch, item -> {
            item.discardDraft(now());
            return audit.record("service.draft.discard", ENTITY, id.toString(), item.departmentCode, Map.of());
        });
    }

    public Uni<AdminServiceView> publish(UUID id, String ifMatch, PublishRequest request) {
        return write(id, ifMatch, item -> current(item)
                .chain(before -> themes.codes().chain(codes -> calendar.calendar().chain(workingDays ->
                        add(before, item.publishDraft(before, codes, workingDays, request.changeNote(), audit.actor(), now())))))
                .chain(version -> audit.record("service.publish", ENTITY, id.toString(), item.departmentCode,
                        Map.of("version", version.version, "changeNote", version.changeNote,
                                "changedSections", List.of(version.changedSections)))));
    }

    public Uni<AdminServiceView> schedule(UUID id, String ifMatch, ScheduleRequest request) {
        return write(id, ifMatch, item -> {
            LocalDate today = LocalDate.now(clock);
            item.schedule(request.status(), request.effectiveOn(), request.note(), today, now());
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("status", request.status().name());
            detail.put("effectiveOn", request.effectiveOn().toString());
            detail.put("note", request.note());
            return audit.record("service.schedule", ENTITY, id.toString(), item.departmentCode, detail)
                    .chain(() -> item.scheduleDue(today) ? applySchedule(item, audit.actor()).replaceWithVoid() : Uni.createFrom().voidItem());
        });
    }

    public Uni<AdminServiceView> cancelSchedule(UUID id, String ifMatch) {
        return write(id, ifMatch, item -> {
            item.cancelSchedule(now());
            return audit.record("service.schedule.cancel", ENTITY, id.toString(), item.departmentCode, Map.of());
        });
    }

    /** Puts every scheduled change due today into effect (the lifecycle job, as the system). */
    public Uni<Integer> applyDueSchedules() {
        LocalDate today = LocalDate.now(clock);
        return writes.commit(TOPIC, () -> items.dueForScheduledChange(today)
                .onItem().transformToMulti(list -> Multi.createFrom().iterable(list))
                .onItem().transformToUniAndConcatenate(item -> applySchedule(item, AuditService.SYSTEM)
                        .call(version -> audit.recordSystem("service.status.apply", ENTITY, item.id.toString(), item.departmentCode,
                                Map.of("status", version.status.name(), "version", version.version))))
                .collect().asList().map(List::size));
    }

    /**
     * Brings in items with their history through the same rules as staff publication (every version
     * checked by {@link GuideRules}), dated as given. For the demo catalogue: the system acts, no scope.
     */
    public Uni<Integer> importPublished(List<CatalogueImport> imports, String actor) {
        // a transaction per batch: every flush checks every entity of its session, so one session for all would be quadratic
        List<List<CatalogueImport>> batches = new ArrayList<>();
        for (int i = 0; i < imports.size(); i += IMPORT_BATCH) {
            batches.add(imports.subList(i, Math.min(imports.size(), i + IMPORT_BATCH)));
        }
        return Multi.createFrom().iterable(batches)
                .onItem().transformToUniAndConcatenate(batch -> writes.commit(TOPIC, () -> themes.codes()
                        .chain(codes -> calendar.calendar().chain(workingDays -> Multi.createFrom().iterable(batch)
                                .onItem().transformToUniAndConcatenate(row -> importOne(row, codes, workingDays, actor))
                                .collect().asList().map(List::size)))))
                .collect().asList().map(sizes -> sizes.stream().mapToInt(Integer::intValue).sum())
                // the imported read counts count at once, not only at the counter's next flush
                .call(views::flush);
    }

    private Uni<ServiceItem> importOne(CatalogueImport row, Set<String> codes, WorkingDayCalendar workingDays, String actor) {
        var first = row.versions().get(0);
        ServiceItem item = ServiceItem.create(row.id(), row.implementationCode(), row.basicCode(), row.departmentCode(), first.guide(),
                workingDays, actor, first.publishedAt());
        item.demo = true;
        Uni<ServiceItemVersion> history = items.persist(item).replaceWith((ServiceItemVersion) null);
        for (var v : row.versions()) {
            history = history.chain(before -> {
                item.saveDraft(v.guide(), workingDays, actor, v.publishedAt());
                return add(before, item.publishDraft(before, codes, workingDays, v.changeNote(), actor, v.publishedAt()));
            });
        }
        return history.call(last -> audit.recordSystem("service.import", ENTITY, item.id.toString(), item.departmentCode,
                Map.of("versions", last.version)))
                .invoke(() -> views.add(item.id, row.reads()))
                .replaceWith(item);
    }

    private Uni<ServiceItemVersion> applySchedule(ServiceItem item, String actor) {
        return calendar.calendar().chain(workingDays -> current(item)
                .chain(before -> add(before, item.applySchedule(before, workingDays, actor, now()))));
    }

    /** Stores a new version; the superseded one is written first (the database allows one published version per item). */
    private Uni<ServiceItemVersion> add(ServiceItemVersion before, ServiceItemVersion next) {
        return (before == null ? Uni.createFrom().voidItem() : versions.flush()).chain(() -> versions.persist(next));
    }

    private interface Change {
        Uni<?> apply(ServiceItem item);
    }

    /** A change of one item: found, in scope, at the version the caller read; audited; committed; announced. */
    private Uni<AdminServiceView> write(UUID id, String ifMatch, Change change) {
        return writes.commit(TOPIC, () -> find(id).chain(item -> {
            scope.requireWriteAccess(item.departmentCode);
            EntityTags.requireVersion(ifMatch, item.lockVersion);
            return change.apply(item).chain(items::flush).chain(() -> view(item));
        }));
    }

    private Instant now() {
        return Instant.now(clock);
    }

    private Uni<ServiceItem> find(UUID id) {
        return items.findById(id).onItem().ifNull().failWith(() -> new DomainException.NotFound("service item", id));
    }

    private Uni<ServiceItem> readable(UUID id) {
        return find(id).invoke(item -> scope.readableDepartment(item.departmentCode));
    }

    private Uni<ServiceItemVersion> current(ServiceItem item) {
        return item.isPublished() ? versions.find(item.id, item.currentVersion) : Uni.createFrom().nullItem();
    }

    private Uni<AdminServiceView> view(ServiceItem item) {
        return current(item).chain(v -> departments.requireName("departmentCode", item.departmentCode)
                .map(name -> CatalogueMapper.admin(item, v, name)));
    }
}
