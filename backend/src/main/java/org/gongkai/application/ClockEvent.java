package org.gongkai.application;

import java.time.LocalDate;

/**
 * What moves an application's statutory clock (Regulation Arts. 30–34), on the day it happened.
 *
 * @param workingDays for an extension: the working days granted (at most 20); otherwise 0
 */
public record ClockEvent(Kind kind, LocalDate on, int workingDays) {

    public enum Kind {
        /** 补正: the office asks, once and completely, for corrections; the reply clock waits for them. */
        CORRECTION_REQUESTED,
        /** The corrected application arrived: the reply clock starts again from this day. */
        CORRECTION_RECEIVED,
        /** A third party (Art. 32) or a co-producing body (Art. 34) is consulted: the clock pauses. */
        CONSULTATION_STARTED,
        /** The opinion arrived (or its 15 working days ran out): the clock runs again. */
        CONSULTATION_ENDED,
        /** A fee notice (Art. 42): the clock stands until the fee is paid. */
        FEE_NOTIFIED,
        /** The fee was paid: the clock runs again. */
        FEE_PAID,
        /** One extension of at most 20 working days, approved by the office's head (Art. 33). */
        EXTENDED
    }

    public static ClockEvent on(Kind kind, LocalDate day) {
        return new ClockEvent(kind, day, 0);
    }

    public static ClockEvent extended(LocalDate day, int workingDays) {
        return new ClockEvent(Kind.EXTENDED, day, workingDays);
    }
}
