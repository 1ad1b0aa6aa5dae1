package org.gongkai.application;

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

/**
 * An on-request disclosure application (政府信息公开申请) and the rules of its steps. The applicant's
 * identity and contacts are fields of this entity only; the API shows them to the target department's
 * staff and to admins, never to the public.
 */
@Entity
@Table(name = "information_request")
public class InformationRequest {

    @Id
    public UUID id;

    @Column(name = "tracking_number", nullable = false, updatable = false)
    public String trackingNumber;

    @Column(name = "department_code", nullable = false)
    public String departmentCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Channel channel;

    /** The signed-in applicant's user name; null when staff registered a letter, a visit or a fax. */
    @Column(name = "applicant_user", updatable = false)
    public String applicantUser;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_type", nullable = false)
    public ApplicantType applicantType;

    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_kind")
    public OrganisationKind organisationKind;

    @Column(name = "applicant_name", nullable = false)
    public String applicantName;

    @Enumerated(EnumType.STRING)
    @Column(name = "id_type", nullable = false)
    public IdType idType;

    @Column(name = "id_number_encrypted", nullable = false)
    public String idNumberEncrypted;

    public String phone;
    public String email;

    @Column(name = "postal_address")
    public String postalAddress;

    public String title;

    @Column(name = "document_number")
    public String documentNumber;

    @Column(nullable = false)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "form_wanted", nullable = false)
    public FormWanted formWanted;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Delivery delivery;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RequestState state;

    @Column(name = "received_on", nullable = false, updatable = false)
    public LocalDate receivedOn;

    @Column(name = "received_at", nullable = false, updatable = false)
    public Instant receivedAt;

    /** The reply deadline as last counted; null while a correction is awaited. */
    @Column(name = "reply_due")
    public LocalDate replyDue;

    /** The applicant's deadline to send the correction asked for. */
    @Column(name = "correction_due")
    public LocalDate correctionDue;

    public String handler;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome_reason")
    public OutcomeReason outcomeReason;

    @Column(name = "reply_text")
    public String replyText;

    @Column(name = "replied_on")
    public LocalDate repliedOn;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    public long lockVersion;

    /** Asks for a correction: once per case, within 7 working days of receipt, with a deadline for the applicant. */
    void requestCorrection(ReplyClock.State clock, LocalDate today, LocalDate deadline, boolean askedBefore, Instant at) {
        requireOpen();
        if (state == RequestState.AWAITING_CORRECTION || askedBefore) {
            throw new DomainException.Conflict("A correction is asked for once, listing everything that is needed (Art. 30).");
        }
        if (state == RequestState.IN_CONSULTATION) {
            throw new DomainException.Conflict("The case is in consultation; end it first.");
        }
        if (today.isAfter(clock.correctionRequestBy())) {
            throw new DomainException.Conflict("A correction can be asked for only until " + clock.correctionRequestBy()
                    + ", 7 working days after receipt (Art. 30).");
        }
        if (!deadline.isAfter(today)) {
            throw new DomainException.InvalidInput("deadline", "not-after-today", "The applicant's deadline must be after today.");
        }
        state = RequestState.AWAITING_CORRECTION;
        correctionDue = deadline;
        updatedAt = at;
    }

    /** The applicant sends the corrected application: the reply clock starts again. */
    void correct(String newDescription, Instant at) {
        if (state != RequestState.AWAITING_CORRECTION) {
            throw new DomainException.Conflict("No correction is awaited.");
        }
        description = newDescription;
        state = RequestState.IN_PROGRESS;
        correctionDue = null;
        updatedAt = at;
    }

    /** The reply, with exactly one outcome of table 三 and, where that outcome has them, one of its sub-reasons. */
    void reply(Outcome result, OutcomeReason reason, String text, LocalDate on, Instant at) {
        requireOpen();
        if (state == RequestState.AWAITING_CORRECTION) {
            throw new DomainException.Conflict("A correction is awaited; the case is replied to once it arrives or its deadline passes.");
        }
        if (result.reasons().isEmpty() ? reason != null : reason == null || !result.reasons().contains(reason)) {
            throw new DomainException.InvalidInput("reason", result.reasons().isEmpty() ? "not-for-outcome" : "required",
                    result.reasons().isEmpty() ? "The outcome " + result + " takes no sub-reason."
                            : "The outcome " + result + " needs one of its sub-reasons: " + result.reasons() + ".");
        }
        outcome = result;
        outcomeReason = reason;
        replyText = text;
        repliedOn = on;
        state = RequestState.REPLIED;
        updatedAt = at;
    }

    void withdraw(Instant at) {
        requireOpen();
        state = RequestState.WITHDRAWN;
        updatedAt = at;
    }

    void startWork(String by, Instant at) {
        if (state == RequestState.RECEIVED) {
            state = RequestState.IN_PROGRESS;
        }
        handler = by;
        updatedAt = at;
    }

    private void requireOpen() {
        if (!state.isOpen()) {
            throw new DomainException.Conflict("The case is closed (" + state + ").");
        }
    }
}
