package org.gongkai.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A step of a case's timeline. Internal notes are seen by the office only. */
@Entity
@Table(name = "request_event")
public class RequestEvent {

    @Schema(name = "ApplicationEventKind")
    public enum Kind {
        RECEIVED, CORRECTION_REQUESTED, CORRECTION_RECEIVED, CONSULTATION_STARTED, CONSULTATION_ENDED, EXTENSION_REQUESTED, EXTENDED,
        FEE_NOTIFIED, FEE_PAID, ASSIGNED, TRANSFERRED, DOCUMENT_ADDED, MATERIAL_ADDED, REPLIED, WITHDRAWN, CLOSED, NOTE;

        /** The clock's view of this step, or null when it does not move the clock. */
        ClockEvent.Kind clock() {
            return switch (this) {
                case CORRECTION_REQUESTED -> ClockEvent.Kind.CORRECTION_REQUESTED;
                case CORRECTION_RECEIVED -> ClockEvent.Kind.CORRECTION_RECEIVED;
                case CONSULTATION_STARTED -> ClockEvent.Kind.CONSULTATION_STARTED;
                case CONSULTATION_ENDED -> ClockEvent.Kind.CONSULTATION_ENDED;
                case EXTENDED -> ClockEvent.Kind.EXTENDED;
                case FEE_NOTIFIED -> ClockEvent.Kind.FEE_NOTIFIED;
                case FEE_PAID -> ClockEvent.Kind.FEE_PAID;
                default -> null;
            };
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    public UUID requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Kind kind;

    @Column(name = "on_date", nullable = false, updatable = false)
    public LocalDate onDate;

    @Column(nullable = false, updatable = false)
    public Instant at;

    @Column(nullable = false, updatable = false)
    public String actor;

    @Column(nullable = false, updatable = false)
    public boolean internal;

    @Column(name = "working_days", nullable = false, updatable = false)
    public int workingDays;

    @Column(updatable = false)
    public String note;

    static RequestEvent of(UUID requestId, Kind kind, LocalDate on, Instant at, String actor, String note) {
        var e = new RequestEvent();
        e.requestId = requestId;
        e.kind = kind;
        e.onDate = on;
        e.at = at;
        e.actor = actor;
        e.note = note;
        return e;
    }

    ClockEvent asClockEvent() {
        ClockEvent.Kind k = kind.clock();
        return k == null ? null : new ClockEvent(k, onDate, workingDays);
    }
}
