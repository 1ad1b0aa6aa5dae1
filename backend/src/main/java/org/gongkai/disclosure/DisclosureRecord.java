package org.gongkai.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.gongkai.common.Clocks;
import org.gongkai.common.DomainException;
import org.gongkai.disclosure.content.DisclosureContent;
import org.gongkai.search.SearchText;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A record of the disclosure catalogue and its workflow: draft → confidentiality review (保密审查, by a
 * reviewer who is not the author) → published as a dated version → withdrawn, or marked expired or
 * repealed, or superseded by a newer record. Holds the rules of each step; the service checks scope,
 * versions and references and writes the audit trail.
 */
@Entity
@Table(name = "disclosure_record")
public class DisclosureRecord {

    @Id
    public UUID id;

    @Column(name = "index_number", nullable = false, updatable = false)
    public String indexNumber;

    @Column(name = "department_code", nullable = false, updatable = false)
    public String departmentCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public RecordKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RecordStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    public DisclosureContent draft;

    @Enumerated(EnumType.STRING)
    @Column(name = "draft_state")
    public DraftState draftState;

    /** When the unpublished changes began: the start of their Art. 26 clock (20 working days to publish). */
    @Column(name = "draft_since")
    public Instant draftSince;

    @Column(name = "draft_updated_at")
    public Instant draftUpdatedAt;

    @Column(name = "draft_updated_by")
    public String draftUpdatedBy;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "change_note")
    public String changeNote;

    @Column(name = "review_note")
    public String reviewNote;

    @Column(name = "current_version")
    public Integer currentVersion;

    @Column(nullable = false)
    public String title;

    @Column(name = "document_number")
    public String documentNumber;

    @Column(name = "written_on")
    public LocalDate writtenOn;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "disclosure_mode", nullable = false)
    public DisclosureMode disclosureMode;

    @Enumerated(EnumType.STRING)
    public FivePublic category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Validity validity;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "sub_items", nullable = false)
    public String[] subItems;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] domains;

    public UUID interprets;

    @Column(name = "superseded_by")
    public UUID supersededBy;

    @Column(name = "search_title_tokens", nullable = false)
    public String searchTitleTokens;

    @Column(name = "search_tokens", nullable = false)
    public String searchTokens;

    @Column(nullable = false)
    public boolean demo;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    public long lockVersion;

    /** A new record with its first draft and its index number; nobody sees it but its department until published. */
    static DisclosureRecord create(UUID id, String indexNumber, String departmentCode, RecordKind kind, DisclosureContent content,
            Map<String, String> subItemDomains, String actor, Instant at) {
        var r = new DisclosureRecord();
        r.id = id;
        r.indexNumber = indexNumber;
        r.departmentCode = departmentCode;
        r.kind = kind;
        r.status = RecordStatus.UNPUBLISHED;
        r.createdAt = at;
        r.createdBy = actor;
        r.saveDraft(content, subItemDomains, actor, at);
        return r;
    }

    public boolean isPublic() {
        return status == RecordStatus.PUBLISHED && disclosureMode == DisclosureMode.PROACTIVE;
    }

    void saveDraft(DisclosureContent content, Map<String, String> subItemDomains, String actor, Instant at) {
        if (draftState == DraftState.IN_REVIEW) {
            throw new DomainException.Conflict("The record is in the confidentiality review; ask the reviewer to return it before changing it.");
        }
        if (draft == null) {
            draftSince = at;
        }
        draft = content;
        draftState = DraftState.EDITING;
        draftUpdatedAt = at;
        draftUpdatedBy = actor;
        reviewNote = null;
        updatedAt = at;
        if (currentVersion == null) {
            showInListings(content, subItemDomains);
        }
    }

    void discardDraft(Instant at) {
        if (currentVersion == null) {
            throw new DomainException.Conflict("This record was never published; its draft is all there is.");
        }
        if (draft == null) {
            throw new DomainException.Conflict("There are no unpublished changes.");
        }
        clearDraft();
        updatedAt = at;
    }

    /** Sends the draft to the confidentiality review; the rules were checked by the caller. */
    void submit(String note, String actor, Instant at) {
        if (draft == null) {
            throw new DomainException.Conflict("There are no unpublished changes to submit.");
        }
        if (draftState == DraftState.IN_REVIEW) {
            throw new DomainException.Conflict("The record is in review already.");
        }
        draftState = DraftState.IN_REVIEW;
        submittedAt = at;
        submittedBy = actor;
        changeNote = note;
        updatedAt = at;
    }

    /** The reviewer sends the draft back to its department with what must change. */
    void returnToAuthor(String note, String reviewer, Instant at) {
        requireInReview();
        requireNotAuthor(reviewer);
        draftState = DraftState.EDITING;
        reviewNote = note;
        updatedAt = at;
    }

    /**
     * The reviewer clears the draft and it is published as the next version.
     *
     * @param current the version public now (null before the first publication); it becomes SUPERSEDED
     */
    DisclosureVersion approve(DisclosureVersion current, Map<String, String> subItemDomains, String reviewer, Instant at) {
        requireInReview();
        requireNotAuthor(reviewer);
        DisclosureVersion next = publish(current, draft, changeNote, submittedBy, reviewer, subItemDomains, at);
        clearDraft();
        return next;
    }

    /**
     * Publishes a record brought in from elsewhere (the demo catalogue, a migration) as its first version, dated as given:
     * submitted by its publisher and cleared by another person at {@code at}, exactly as the review would. The rules were
     * checked by the caller, as for a submission.
     */
    DisclosureVersion publishImported(String note, String publisher, String approver, Map<String, String> subItemDomains, Instant at) {
        if (currentVersion != null || status != RecordStatus.UNPUBLISHED) {
            throw new DomainException.Conflict("Only a record never published is published by an import.");
        }
        if (at.isBefore(createdAt)) {
            throw new DomainException.InvalidInput("publishedAt", "before-created", "A record is published after it was created.");
        }
        submit(note, publisher, at);
        return approve(null, subItemDomains, approver, at);
    }

    /** Marks a published record expired or repealed (or in force again): a new version of the same text, no review needed. */
    DisclosureVersion changeValidity(DisclosureVersion current, Validity next, LocalDate until, String note,
            Map<String, String> subItemDomains, String actor, Instant at) {
        if (status != RecordStatus.PUBLISHED || current == null) {
            throw new DomainException.Conflict("Only a published record changes its validity.");
        }
        if (next == current.content.validity() && Objects.equals(until, current.content.validUntil())) {
            throw new DomainException.InvalidInput("validity", "unchanged", "The record is " + next + " already.");
        }
        if (next != Validity.VALID && until == null) {
            throw new DomainException.InvalidInput("validUntil", "required", "An expired or repealed record says since when.");
        }
        return publish(current, current.content.withValidity(next, next == Validity.VALID ? null : until), note, actor, null,
                subItemDomains, at);
    }

    void withdraw(Instant at) {
        if (status != RecordStatus.PUBLISHED) {
            throw new DomainException.Conflict("Only a published record can be withdrawn.");
        }
        status = RecordStatus.WITHDRAWN;
        updatedAt = at;
    }

    void supersededBy(UUID newer, Instant at) {
        supersededBy = newer;
        updatedAt = at;
    }

    private DisclosureVersion publish(DisclosureVersion current, DisclosureContent content, String note, String author, String reviewer,
            Map<String, String> subItemDomains, Instant at) {
        var next = new DisclosureVersion();
        next.recordId = id;
        next.version = current == null ? 1 : current.version + 1;
        next.state = DisclosureVersion.State.PUBLISHED;
        next.content = content;
        next.changeNote = note;
        next.publishedAt = at;
        next.publishedBy = author;
        next.approvedBy = reviewer;
        if (current != null) {
            current.state = DisclosureVersion.State.SUPERSEDED;
        } else {
            publishedOn = LocalDate.ofInstant(at, Clocks.CITY_ZONE);
        }
        currentVersion = next.version;
        status = RecordStatus.PUBLISHED;
        publishedAt = at;
        updatedAt = at;
        showInListings(content, subItemDomains);
        return next;
    }

    private void requireInReview() {
        if (draftState != DraftState.IN_REVIEW) {
            throw new DomainException.Conflict("The record is not waiting for review.");
        }
    }

    private void requireNotAuthor(String reviewer) {
        if (reviewer.equals(submittedBy) || reviewer.equals(draftUpdatedBy)) {
            throw new DomainException.Forbidden("The confidentiality review is done by someone other than the record's author.");
        }
    }

    private void clearDraft() {
        draft = null;
        draftState = null;
        draftSince = null;
        draftUpdatedAt = null;
        draftUpdatedBy = null;
        submittedAt = null;
        submittedBy = null;
        changeNote = null;
    }

    /** Copies what listings, filters and search read into this row. */
    private void showInListings(DisclosureContent c, Map<String, String> subItemDomains) {
        title = c.title().strip();
        documentNumber = c.documentNumber();
        writtenOn = c.writtenOn();
        disclosureMode = c.disclosureMode() == null ? DisclosureMode.PROACTIVE : c.disclosureMode();
        category = c.category();
        validity = c.validity() == null ? Validity.VALID : c.validity();
        subItems = c.subItemsOrEmpty().toArray(String[]::new);
        domains = c.subItemsOrEmpty().stream().map(subItemDomains::get).filter(Objects::nonNull).distinct().toArray(String[]::new);
        interprets = c.interprets();
        searchTitleTokens = SearchText.indexTokens(title + " " + (documentNumber == null ? "" : documentNumber));
        searchTokens = SearchText.indexTokens(String.join(" ", c.keywordsOrEmpty()) + " " + HtmlBody.text(c.body()));
    }
}
