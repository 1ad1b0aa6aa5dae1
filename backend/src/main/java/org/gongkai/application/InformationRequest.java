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

    /** Keyed hash of the ID type and number: finds one applicant's requests without decrypting. */
    @Column(name = "applicant_key")
    public String applicantKey;

    /** A pending extension: the working days asked for, why, and by whom (approved by someone else). */
    @Column(name = "extension_days")
    public Integer extensionDays;

    @Column(name = "extension_reason")
    public String extensionReason;

    @Column(name = "extension_requested_by")
    public String extensionRequestedBy;

    @Column(name = "fee_amount")
    public java.math.BigDecimal feeAmount;

    @Column(name = "fee_due")
    public LocalDate feeDue;

    /** The published records the reply points to, by 索引号, separated by spaces. */
    @Column(name = "disclosed_index_numbers")
    public String disclosedIndexNumbers;

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
    void reply(Outcome result, OutcomeReason reason, String text, java.util.List<String> indexNumbers, LocalDate on, Instant at) {
        requireOpen();
        if (state == RequestState.AWAITING_CORRECTION) {
            throw new DomainException.Conflict("A correction is awaited; the case is replied to once it arrives or its deadline passes.");
        }
        if (state == RequestState.IN_CONSULTATION) {
            throw new DomainException.Conflict("The case is in consultation; record the opinion first.");
        }
        if (state == RequestState.AWAITING_FEE) {
            throw new DomainException.Conflict("A fee is awaited; the case is replied to once it is paid.");
        }
        if (!indexNumbers.isEmpty() && result != Outcome.DISCLOSED && result != Outcome.PARTLY_DISCLOSED) {
            throw new DomainException.InvalidInput("indexNumbers", "not-for-outcome", "Only a reply that discloses points to published records.");
        }
        if (result.reasons().isEmpty() ? reason != null : reason == null || !result.reasons().contains(reason)) {
            throw new DomainException.InvalidInput("reason", result.reasons().isEmpty() ? "not-for-outcome" : "required",
                    result.reasons().isEmpty() ? "The outcome " + result + " takes no sub-reason."
                            : "The outcome " + result + " needs one of its sub-reasons: " + result.reasons() + ".");
        }
        outcome = result;
        outcomeReason = reason;
        replyText = text;
        disclosedIndexNumbers = indexNumbers.isEmpty() ? null : String.join(" ", indexNumbers);
        repliedOn = on;
        state = RequestState.REPLIED;
        updatedAt = at;
    }

    /** Consults a third party (Art. 32) or a co-producing body (Art. 34): the clock pauses. */
    void startConsultation(Instant at) {
        requireOpen();
        if (state != RequestState.RECEIVED && state != RequestState.IN_PROGRESS) {
            throw new DomainException.Conflict("A consultation starts on a case in progress (it is " + state + ").");
        }
        state = RequestState.IN_CONSULTATION;
        updatedAt = at;
    }

    /** The opinion arrived, or the 15 working days ran out: the clock runs again. */
    void endConsultation(Instant at) {
        if (state != RequestState.IN_CONSULTATION) {
            throw new DomainException.Conflict("No consultation is open.");
        }
        state = RequestState.IN_PROGRESS;
        updatedAt = at;
    }

    /** Asks for the one extension the Regulation allows (Art. 33); someone else approves it. */
    void requestExtension(int workingDays, String reason, boolean extendedBefore, String by, Instant at) {
        requireOpen();
        if (extendedBefore) {
            throw new DomainException.Conflict("The reply period is extended once only (Art. 33).");
        }
        if (extensionDays != null) {
            throw new DomainException.Conflict("An extension is already awaiting approval.");
        }
        if (state == RequestState.AWAITING_CORRECTION) {
            throw new DomainException.Conflict("A correction is awaited: the clock stands, so there is nothing to extend.");
        }
        extensionDays = workingDays;
        extensionReason = reason;
        extensionRequestedBy = by;
        updatedAt = at;
    }

    /**
     * The head's decision on the pending extension. Whoever asked for it cannot decide it.
     *
     * @return the working days granted, 0 when declined
     */
    int decideExtension(boolean approve, String by, Instant at) {
        requireOpen();
        if (extensionDays == null) {
            throw new DomainException.Conflict("No extension is awaiting approval.");
        }
        if (by.equals(extensionRequestedBy)) {
            throw new DomainException.Forbidden("An extension is approved by someone other than who asked for it.");
        }
        int days = approve ? extensionDays : 0;
        clearExtension();
        updatedAt = at;
        return days;
    }

    void transferTo(String department, Instant at) {
        requireOpen();
        if (department.equals(departmentCode)) {
            throw new DomainException.Conflict("The case is already with " + department + ".");
        }
        departmentCode = department;
        handler = null;
        // the new office decides afresh whether more time is needed
        clearExtension();
        updatedAt = at;
    }

    private void clearExtension() {
        extensionDays = null;
        extensionReason = null;
        extensionRequestedBy = null;
    }

    /** A fee notice (Art. 42): the clock stands until it is paid, or the case closes when its day passes unpaid. */
    void noticeFee(java.math.BigDecimal amount, LocalDate today, LocalDate payBy, Instant at) {
        requireOpen();
        if (state != RequestState.RECEIVED && state != RequestState.IN_PROGRESS) {
            throw new DomainException.Conflict("A fee notice is sent on a case in progress (it is " + state + ").");
        }
        if (!payBy.isAfter(today)) {
            throw new DomainException.InvalidInput("payBy", "not-after-today", "The payment deadline must be after today.");
        }
        state = RequestState.AWAITING_FEE;
        feeAmount = amount;
        feeDue = payBy;
        updatedAt = at;
    }

    void feePaid(Instant at) {
        if (state != RequestState.AWAITING_FEE) {
            throw new DomainException.Conflict("No fee is awaited.");
        }
        state = RequestState.IN_PROGRESS;
        feeDue = null;
        updatedAt = at;
    }

    /**
     * The applicant's deadline passed: a correction not sent or a fee not paid closes the case as 其他处理 with
     * its sub-reason (table 三); null when nothing lapsed on that day.
     */
    OutcomeReason lapse(LocalDate today, Instant at) {
        OutcomeReason reason = null;
        if (state == RequestState.AWAITING_CORRECTION && correctionDue != null && today.isAfter(correctionDue)) {
            reason = OutcomeReason.NOT_CORRECTED;
        } else if (state == RequestState.AWAITING_FEE && feeDue != null && today.isAfter(feeDue)) {
            reason = OutcomeReason.FEE_UNPAID;
        }
        if (reason != null) {
            state = RequestState.CLOSED;
            outcome = Outcome.OTHER;
            outcomeReason = reason;
            repliedOn = today;
            updatedAt = at;
        }
        return reason;
    }

    void assign(String to, Instant at) {
        requireOpen();
        handler = to;
        updatedAt = at;
    }

    void withdraw(Instant at) {
        requireOpen();
        state = RequestState.WITHDRAWN;
        updatedAt = at;
    }

    /** An office step: a new case is in progress from now, and it has a handler from the first step. */
    void startWork(String by, Instant at) {
        if (state == RequestState.RECEIVED) {
            state = RequestState.IN_PROGRESS;
        }
        if (handler == null) {
            handler = by;
        }
        updatedAt = at;
    }

    private void requireOpen() {
        if (!state.isOpen()) {
            throw new DomainException.Conflict("The case is closed (" + state + ").");
        }
    }
}
