package org.gongkai.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.gongkai.catalogue.guide.Audience;
import org.gongkai.catalogue.guide.GuideRules;
import org.gongkai.catalogue.guide.ItemType;
import org.gongkai.catalogue.guide.OnlineDepth;
import org.gongkai.catalogue.guide.ServiceGuide;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.common.Clocks;
import org.gongkai.common.DomainException;
import org.gongkai.common.FieldError;
import org.gongkai.search.SearchText;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A service item (政务服务事项). Published guides live in {@link ServiceItemVersion}; this row holds the
 * lifecycle, the staff's working draft, and a summary of the current published version (or of the
 * draft, before the first publication) that lists, filters and search read.
 */
@Entity
@Table(name = "service_item")
public class ServiceItem {

    @Id
    public UUID id;

    /** 实施编码 */
    @Column(name = "implementation_code", nullable = false, unique = true)
    public String implementationCode;

    /** 基本编码 */
    @Column(name = "basic_code", nullable = false)
    public String basicCode;

    @Column(name = "department_code", nullable = false)
    public String departmentCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ItemStatus status;

    @Column(name = "current_version")
    public Integer currentVersion;

    @JdbcTypeCode(SqlTypes.JSON)
    public ServiceGuide draft;

    @Column(name = "draft_updated_at")
    public Instant draftUpdatedAt;

    @Column(name = "draft_updated_by")
    public String draftUpdatedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "scheduled_status")
    public ItemStatus scheduledStatus;

    @Column(name = "scheduled_on")
    public LocalDate scheduledOn;

    @Column(name = "scheduled_note")
    public String scheduledNote;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_type", nullable = false)
    public ItemType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Audience audience;

    @Enumerated(EnumType.STRING)
    @Column(name = "online_depth")
    public OnlineDepth onlineDepth;

    public Integer visits;

    @Column(name = "promised_days")
    public Integer promisedDays;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] themes;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "search_text", nullable = false)
    public String searchText;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "search_name_tokens", nullable = false)
    public String searchNameTokens;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "search_tokens", nullable = false)
    public String searchTokens;

    /** Guide reads, for the "most used" order; added in batches by {@link ViewCounter}. */
    @Column(name = "view_count", nullable = false)
    public long viewCount;

    /** Invented demo content, not a real item of the city. */
    @Column(nullable = false)
    public boolean demo;

    @Version
    @Column(name = "lock_version", nullable = false)
    public long lockVersion;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** A new item with its first draft; it stays invisible to the public until published. */
    static ServiceItem create(UUID id, String implementationCode, String basicCode, String departmentCode, ServiceGuide guide,
            WorkingDayCalendar calendar, String actor, Instant at) {
        ServiceItem item = new ServiceItem();
        item.id = id;
        item.implementationCode = implementationCode;
        item.basicCode = basicCode;
        item.departmentCode = departmentCode;
        item.status = ItemStatus.DRAFT;
        item.createdAt = at;
        item.saveDraft(guide, calendar, actor, at);
        return item;
    }

    public boolean isPublished() {
        return currentVersion != null;
    }

    void saveDraft(ServiceGuide guide, WorkingDayCalendar calendar, String actor, Instant at) {
        draft = guide;
        draftUpdatedAt = at;
        draftUpdatedBy = actor;
        updatedAt = at;
        if (!isPublished()) {
            showInListings(guide, calendar, at);
        }
    }

    void discardDraft(Instant at) {
        if (!isPublished()) {
            throw new DomainException.Conflict("This item was never published; its draft is all there is.");
        }
        clearDraft();
        updatedAt = at;
    }

    /**
     * Publishes the draft as the next version, after the data-quality rules; a first publication makes
     * the item ACTIVE, a later one keeps its status.
     *
     * @param current the version published now (null before the first publication); it becomes SUPERSEDED
     */
    ServiceItemVersion publishDraft(ServiceItemVersion current, Set<String> knownThemes, WorkingDayCalendar calendar, String changeNote,
            String actor, Instant at) {
        if (draft == null) {
            throw new DomainException.Conflict("There are no unpublished changes to publish.");
        }
        List<FieldError> errors = GuideRules.check(draft, knownThemes, calendar, cityDate(at));
        if (!errors.isEmpty()) {
            throw new DomainException.RuleViolation("The draft does not meet the data-quality rules: " + errors.size() + " problem(s).", errors);
        }
        return publish(current, draft, isPublished() ? status : ItemStatus.ACTIVE, calendar, changeNote, actor, at);
    }

    /** Schedules a status change; one due today takes effect at once (see {@link #applySchedule}). */
    void schedule(ItemStatus next, LocalDate on, String note, LocalDate today, Instant at) {
        if (!isPublished()) {
            throw new DomainException.Conflict("Publish the item before scheduling a change of its status.");
        }
        if (next == ItemStatus.DRAFT) {
            throw new DomainException.InvalidInput("status", "not-allowed", "'status' must be ACTIVE, SUSPENDED or CANCELLED.");
        }
        if (next == status) {
            throw new DomainException.InvalidInput("status", "unchanged", "The item is " + status + " already.");
        }
        if (on.isBefore(today)) {
            throw new DomainException.InvalidInput("effectiveOn", "in-the-past", "'effectiveOn' must be today or later.");
        }
        scheduledStatus = next;
        scheduledOn = on;
        scheduledNote = note;
        updatedAt = at;
    }

    boolean scheduleDue(LocalDate today) {
        return scheduledOn != null && !scheduledOn.isAfter(today);
    }

    void cancelSchedule(Instant at) {
        if (scheduledStatus == null) {
            throw new DomainException.Conflict("No status change is scheduled.");
        }
        clearSchedule();
        updatedAt = at;
    }

    /** Puts the scheduled status into effect as a new version of the same guide, so the public history shows it. */
    ServiceItemVersion applySchedule(ServiceItemVersion current, WorkingDayCalendar calendar, String actor, Instant at) {
        ItemStatus next = scheduledStatus;
        String note = scheduledNote;
        clearSchedule();
        return publish(current, current.guide, next, calendar, note, actor, at);
    }

    private ServiceItemVersion publish(ServiceItemVersion current, ServiceGuide guide, ItemStatus newStatus,
            WorkingDayCalendar calendar, String changeNote, String actor, Instant at) {
        ServiceItemVersion next = new ServiceItemVersion();
        next.itemId = id;
        next.version = current == null ? 1 : current.version + 1;
        next.state = ServiceItemVersion.State.PUBLISHED;
        next.status = newStatus;
        next.guide = guide;
        next.changeNote = changeNote;
        next.changedSections = current == null ? new String[0] : GuideText.changedSections(current.guide, guide).toArray(String[]::new);
        next.publishedAt = at;
        next.publishedBy = actor;
        if (current != null) {
            current.state = ServiceItemVersion.State.SUPERSEDED;
        }
        currentVersion = next.version;
        status = newStatus;
        publishedAt = at;
        clearDraft();
        updatedAt = at;
        showInListings(guide, calendar, at);
        return next;
    }

    /** Copies what listings, filters and search read from the guide into this row, as of {@code at}. */
    private void showInListings(ServiceGuide guide, WorkingDayCalendar calendar, Instant at) {
        name = guide.name();
        type = guide.type();
        audience = guide.audience();
        onlineDepth = guide.online() == null ? null : guide.online().depth();
        visits = guide.handling() == null ? null : guide.handling().visits();
        promisedDays = guide.handling() == null || guide.handling().promisedTimeLimit() == null
                || guide.handling().promisedTimeLimit().value() == null ? null : guide.handling().promisedTimeLimit().inWorkingDays(calendar, cityDate(at));
        themes = guide.themes() == null ? new String[0] : guide.themes().toArray(String[]::new);
        searchText = GuideText.searchable(guide);
        searchNameTokens = SearchText.indexTokens(guide.name());
        searchTokens = SearchText.indexTokens(searchText);
    }

    private void clearDraft() {
        draft = null;
        draftUpdatedAt = null;
        draftUpdatedBy = null;
    }

    private void clearSchedule() {
        scheduledStatus = null;
        scheduledOn = null;
        scheduledNote = null;
    }

    private static LocalDate cityDate(Instant at) {
        return LocalDate.ofInstant(at, Clocks.CITY_ZONE);
    }
}
