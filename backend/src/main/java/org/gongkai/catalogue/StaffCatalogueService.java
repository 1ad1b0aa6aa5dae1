package org.gongkai.catalogue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

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
import org.gongkai.department.DepartmentRepository;
import org.gongkai.search.SearchText;
import org.gongkai.security.AuditTrail;
import org.gongkai.security.DepartmentScope;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Staff work on the catalogue: drafts, validation, publication as a new immutable version, and
 * scheduled lifecycle changes. Every write checks department scope and the If-Match version, and
 * leaves an audit entry in the same transaction.
 */
@ApplicationScoped
public class ServiceItemEditor {

    static final String ENTITY = "service-item";

    private final ServiceItemRepository items;
    private final ServiceItemVersionRepository versions;
    private final DepartmentRepository departments;
    private final ThemeRepository themes;
    private final DepartmentScope scope;
    private final AuditTrail audit;
    private final ObjectMapper json;
    private final Clock clock;

    public ServiceItemEditor(ServiceItemRepository items, ServiceItemVersionRepository versions, DepartmentRepository departments,
            ThemeRepository themes, DepartmentScope scope, AuditTrail audit, ObjectMapper json, Clock clock) {
        this.items = items;
        this.versions = versions;
        this.departments = departments;
        this.themes = themes;
        this.scope = scope;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    @WithSession
    public Uni<Page<AdminServiceSummary>> list(CatalogueQuery query, PageRequest page) {
        String department = scope.readableDepartment(query.department());
        CatalogueQuery scoped = new CatalogueQuery(query.statuses(), department, query.type(), query.audience(), query.theme(),
                query.onlineDepth(), query.text(), query.sort());
        return items.list(scoped, page).map(rows -> new Page<>(rows.stream().map(CatalogueMapper::adminSummary).toList(),
                rows.isEmpty() ? 0 : rows.get(0).total(), page.page(), page.size()));
    }

    @WithSession
    public Uni<AdminServiceView> get(UUID id) {
        return readable(id).chain(this::view);
    }

    @WithSession
    public Uni<List<AdminVersionSummary>> history(UUID id) {
        return readable(id).chain(item -> versions.history(item.id))
                .map(list -> list.stream().map(v -> new AdminVersionSummary(CatalogueMapper.version(v), v.publishedBy)).toList());
    }

    @WithTransaction
    public Uni<AdminServiceView> create(ServiceCreate request) {
        scope.requireWriteAccess(request.departmentCode());
        return departments.findById(request.departmentCode())
                .onItem().ifNull().failWith(() -> new DomainException.InvalidInput("departmentCode", "unknown",
                        "No department with code '" + request.departmentCode() + "'."))
                .chain(() -> items.count("implementationCode", request.implementationCode()))
                .chain(existing -> {
                    if (existing > 0) {
                        throw new DomainException.Conflict("An item with implementation code '" + request.implementationCode() + "' exists already.");
                    }
                    Instant now = Instant.now(clock);
                    ServiceItem item = new ServiceItem();
                    item.id = UUID.randomUUID();
                    item.implementationCode = request.implementationCode();
                    item.basicCode = request.basicCode();
                    item.departmentCode = request.departmentCode();
                    item.status = ItemStatus.DRAFT;
                    item.createdAt = now;
                    putDraft(item, request.guide(), now);
                    return items.persist(item);
                })
                .call(item -> audit.record("service.create", ENTITY, item.id.toString(), item.departmentCode,
                        Map.of("name", item.name, "implementationCode", item.implementationCode)))
                .call(items::flush)
                .chain(this::view);
    }

    @WithTransaction
    public Uni<AdminServiceView> saveDraft(UUID id, String ifMatch, ServiceGuide guide) {
        return writable(id, ifMatch).chain(item -> {
            putDraft(item, guide, Instant.now(clock));
            return audit.record("service.draft.save", ENTITY, id.toString(), item.departmentCode, Map.of("name", guide.name()))
                    .chain(items::flush).chain(() -> view(item));
        });
    }

    @WithTransaction
    public Uni<AdminServiceView> discardDraft(UUID id, String ifMatch) {
        return writable(id, ifMatch).chain(item -> {
            if (!item.isPublished()) {
                throw new DomainException.Conflict("This item was never published; its draft is all there is.");
            }
            item.clearDraft();
            item.updatedAt = Instant.now(clock);
            return audit.record("service.draft.discard", ENTITY, id.toString(), item.departmentCode, Map.of())
                    .chain(items::flush).chain(() -> view(item));
        });
    }

    @WithSession
    public Uni<ValidationReport> validate(UUID id) {
        return readable(id).chain(item -> {
            ServiceGuide guide = item.draft;
            if (guide == null) {
                return versions.find(item.id, item.currentVersion).map(v -> v.guide);
            }
            return Uni.createFrom().item(guide);
        }).chain(guide -> themes.codes().map(codes -> {
            List<FieldError> errors = GuideRules.check(guide, codes);
            return new ValidationReport(errors.isEmpty(), errors);
        }));
    }

    @WithTransaction
    public Uni<AdminServiceView> publish(UUID id, String ifMatch, PublishRequest request) {
        return writable(id, ifMatch).chain(item -> {
            if (item.draft == null) {
                throw new DomainException.Conflict("There are no unpublished changes to publish.");
            }
            return themes.codes().chain(codes -> {
                List<FieldError> errors = GuideRules.check(item.draft, codes);
                if (!errors.isEmpty()) {
                    throw new DomainException.RuleViolation("The draft does not meet the data-quality rules: "
                            + errors.size() + " problem(s).", errors);
                }
                ItemStatus status = item.isPublished() ? item.status : ItemStatus.ACTIVE;
                return addVersion(item, item.draft, status, request.changeNote(), scopeUser());
            }).chain(version -> audit.record("service.publish", ENTITY, id.toString(), item.departmentCode,
                    Map.of("version", version.version, "changeNote", version.changeNote,
                            "changedSections", List.of(version.changedSections))))
                    .chain(items::flush).chain(() -> view(item));
        });
    }

    @WithTransaction
    public Uni<AdminServiceView> schedule(UUID id, String ifMatch, ScheduleRequest request) {
        return writable(id, ifMatch).chain(item -> {
            if (!item.isPublished()) {
                throw new DomainException.Conflict("Publish the item before scheduling a change of its status.");
            }
            if (request.status() == ItemStatus.DRAFT) {
                throw new DomainException.InvalidInput("status", "not-allowed", "'status' must be ACTIVE, SUSPENDED or CANCELLED.");
            }
            if (request.status() == item.status) {
                throw new DomainException.InvalidInput("status", "unchanged", "The item is " + item.status + " already.");
            }
            LocalDate today = LocalDate.now(clock);
            if (request.effectiveOn().isBefore(today)) {
                throw new DomainException.InvalidInput("effectiveOn", "in-the-past", "'effectiveOn' must be today or later.");
            }
            item.scheduledStatus = request.status();
            item.scheduledOn = request.effectiveOn();
            item.scheduledNote = request.note();
            item.updatedAt = Instant.now(clock);
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("status", request.status().name());
            detail.put("effectiveOn", request.effectiveOn().toString());
            detail.put("note", request.note());
            Uni<?> applyNow = request.effectiveOn().equals(today) ? applySchedule(item, scopeUser()) : Uni.createFrom().voidItem();
            return audit.record("service.schedule", ENTITY, id.toString(), item.departmentCode, detail)
                    .chain(() -> applyNow).chain(items::flush).chain(() -> view(item));
        });
    }

    @WithTransaction
    public Uni<AdminServiceView> cancelSchedule(UUID id, String ifMatch) {
        return writable(id, ifMatch).chain(item -> {
            if (item.scheduledStatus == null) {
                throw new DomainException.Conflict("No status change is scheduled.");
            }
            item.clearSchedule();
            item.updatedAt = Instant.now(clock);
            return audit.record("service.schedule.cancel", ENTITY, id.toString(), item.departmentCode, Map.of())
                    .chain(items::flush).chain(() -> view(item));
        });
    }

    /**
     * Applies a due scheduled change: the status change is published as a new version of the same
     * guide, so that the public history shows when and why the item was suspended or cancelled.
     */
    Uni<ServiceItemVersion> applySchedule(ServiceItem item, String actor) {
        return versions.find(item.id, item.currentVersion).chain(current -> {
            ItemStatus status = item.scheduledStatus;
            String note = item.scheduledNote;
            item.clearSchedule();
            return addVersion(item, current.guide, status, note, actor);
        });
    }

    private Uni<ServiceItemVersion> addVersion(ServiceItem item, ServiceGuide guide, ItemStatus status, String changeNote, String actor) {
        Instant now = Instant.now(clock);
        Uni<ServiceItemVersion> previous = item.isPublished() ? versions.find(item.id, item.currentVersion) : Uni.createFrom().nullItem();
        return previous.chain(before -> {
            ServiceItemVersion next = new ServiceItemVersion();
            next.itemId = item.id;
            next.version = before == null ? 1 : before.version + 1;
            next.state = ServiceItemVersion.State.PUBLISHED;
            next.status = status;
            next.guide = guide;
            next.changeNote = changeNote;
            next.changedSections = before == null ? new String[0]
                    : GuideText.changedSections(json, before.guide, guide).toArray(String[]::new);
            next.publishedAt = now;
            next.publishedBy = actor;
            if (before != null) {
                before.state = ServiceItemVersion.State.SUPERSEDED;
            }
            item.currentVersion = next.version;
            item.status = status;
            item.publishedAt = now;
            item.clearDraft();
            item.updatedAt = now;
            summarise(item, guide);
            // the superseded row must be written before the new PUBLISHED one (one published version per item)
            return (before == null ? Uni.createFrom().voidItem() : versions.flush()).chain(() -> versions.persist(next));
        });
    }

    private void putDraft(ServiceItem item, ServiceGuide guide, Instant now) {
        item.draft = guide;
        item.draftUpdatedAt = now;
        item.draftUpdatedBy = scopeUser();
        item.updatedAt = now;
        if (!item.isPublished()) {
            summarise(item, guide);
        }
    }

    /** Copies what listings, filters and search read from the guide into the item row. */
    static void summarise(ServiceItem item, ServiceGuide guide) {
        item.name = guide.name();
        item.type = guide.type();
        item.audience = guide.audience();
        item.onlineDepth = guide.online() == null ? null : guide.online().depth();
        item.visits = guide.handling() == null ? null : guide.handling().visits();
        item.promisedDays = guide.handling() == null || guide.handling().promisedTimeLimit() == null
                || guide.handling().promisedTimeLimit().value() == null ? null
                        : guide.handling().promisedTimeLimit().inWorkingDays();
        item.themes = guide.themes() == null ? new String[0] : guide.themes().toArray(String[]::new);
        item.searchText = GuideText.searchable(guide);
        item.searchNameTokens = SearchText.indexTokens(guide.name());
        item.searchTokens = SearchText.indexTokens(item.searchText);
    }

    private String scopeUser() {
        return audit.actor();
    }

    private Uni<ServiceItem> find(UUID id) {
        return items.findById(id).onItem().ifNull().failWith(() -> new DomainException.NotFound("service item", id));
    }

    private Uni<ServiceItem> readable(UUID id) {
        return find(id).invoke(item -> scope.readableDepartment(item.departmentCode));
    }

    private Uni<ServiceItem> writable(UUID id, String ifMatch) {
        return find(id).invoke(item -> {
            scope.requireWriteAccess(item.departmentCode);
            EntityTags.requireVersion(ifMatch, item.lockVersion);
        });
    }

    private Uni<AdminServiceView> view(ServiceItem item) {
        Uni<ServiceItemVersion> current = item.isPublished() ? versions.find(item.id, item.currentVersion) : Uni.createFrom().nullItem();
        return current.chain(v -> departments.findById(item.departmentCode).map(d -> CatalogueMapper.admin(item, v, d.name)));
    }
}
