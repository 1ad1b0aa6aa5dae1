package org.gongkai.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.gongkai.common.DomainException;

/** An administrative review or lawsuit about a disclosure decision (table 四), linked to its application where known. */
@Entity
@Table(name = "review_case")
public class ReviewCase {

    @Id
    public UUID id;

    @Column(name = "department_code", nullable = false)
    public String departmentCode;

    @Column(name = "request_id")
    public UUID requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Table4.Kind kind;

    @Column(name = "filed_on", nullable = false)
    public LocalDate filedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Table4.Result result;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    public String note;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    public long lockVersion;

    /** A result and its day go together: pending has none, a decision has one, on or after the filing. */
    void decide(Table4.Result to, LocalDate on, String text, Instant at) {
        if ((to == Table4.Result.PENDING) != (on == null)) {
            throw new DomainException.InvalidInput("decidedOn", to == Table4.Result.PENDING ? "not-for-pending" : "required",
                    to == Table4.Result.PENDING ? "A pending case has no decision date." : "A decided case needs the day it was decided.");
        }
        if (on != null && on.isBefore(filedOn)) {
            throw new DomainException.InvalidInput("decidedOn", "before-filed", "A case is decided on or after the day it was filed.");
        }
        result = to;
        decidedOn = on;
        note = text;
        updatedAt = at;
    }
}
