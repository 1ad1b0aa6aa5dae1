package org.gongkai.catalogue;

import java.time.Instant;
import java.time.LocalDate;
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
import org.gongkai.catalogue.guide.ItemType;
import org.gongkai.catalogue.guide.OnlineDepth;
import org.gongkai.catalogue.guide.ServiceGuide;
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

    public boolean isPublished() {
        return currentVersion != null;
    }

    void clearDraft() {
        draft = null;
        draftUpdatedAt = null;
        draftUpdatedBy = null;
    }

    void clearSchedule() {
        scheduledStatus = null;
        scheduledOn = null;
        scheduledNote = null;
    }
}
