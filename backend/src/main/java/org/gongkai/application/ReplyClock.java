package org.gongkai.application;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

import org.gongkai.calendar.WorkingDayCalendar;

/**
 * The reply clock of an on-request application (依申请公开), counted in working days on the official
 * calendar (Regulation 2019):
 * <ul>
 * <li>the reply is due 20 working days after receipt (Art. 33), counting from the next working day (Art. 31);</li>
 * <li>a correction (补正) may be requested within 7 working days of receipt (Art. 30); while it is awaited
 * the clock stands, and it starts again, from zero, on the day the corrected application arrives;</li>
 * <li>a consultation of a third party or a co-producing body (Arts. 32, 34) lasts at most 15 working days,
 * which do not count: the deadline moves by exactly the working days the consultation took;</li>
 * <li>one extension of at most 20 working days moves the deadline by those days;</li>
 * <li>from a fee notice (Art. 42) to its payment the clock stands too: those working days do not count.</li>
 * </ul>
 * Pure and deterministic: the same events on the same calendar give the same dates, so a change of the
 * calendar recomputes every open deadline simply by counting again.
 */
public final class ReplyClock {

    public static final int REPLY_WORKING_DAYS = 20;
    public static final int CORRECTION_WINDOW_WORKING_DAYS = 7;
    public static final int CONSULTATION_WORKING_DAYS = 15;
    public static final int MAX_EXTENSION_WORKING_DAYS = 20;

    /**
     * Where the clock stands.
     *
     * @param countingFrom          the day the clock (re)started: receipt, or the corrected application's arrival
     * @param replyDue              the last day to reply; null while a correction is awaited (the clock stands)
     * @param correctionRequestBy   the last day a correction may be requested (receipt + 7 working days)
     * @param consultationDue       the last day of an open consultation; null when none is open
     * @param pausedWorkingDays     working days spent in consultations and awaiting a fee, not counted
     * @param extendedWorkingDays   working days granted by the extension (0 when none)
     * @param yearsWithoutSchedule  years of the period with no holiday schedule: the dates may move once entered
     */
    public record State(LocalDate countingFrom, LocalDate replyDue, LocalDate correctionRequestBy, LocalDate consultationDue,
            int pausedWorkingDays, int extendedWorkingDays, boolean awaitingCorrection, boolean inConsultation,
            boolean awaitingFee, List<Integer> yearsWithoutSchedule) {
    }

    private ReplyClock() {
    }

    /**
     * @param receivedOn the receipt date (online: the day the system confirmed receipt)
     * @param events     what happened since, in order
     * @param today      for an open consultation: the days up to today are paused, and the deadline shown
     *                   is the one if it ended today
     */
    public static State compute(WorkingDayCalendar calendar, LocalDate receivedOn, List<ClockEvent> events, LocalDate today) {
        LocalDate from = receivedOn;
        boolean awaitingCorrection = false;
        LocalDate consultationStart = null;
        LocalDate feeNotified = null;
        int paused = 0;
        int extended = 0;
        for (ClockEvent e : events) {
            switch (e.kind()) {
                case CORRECTION_REQUESTED -> awaitingCorrection = true;
                case CORRECTION_RECEIVED -> {
                    awaitingCorrection = false;
                    from = e.on();
                    // a restart forgets what was counted before it
                    paused = 0;
                    extended = 0;
                }
                case CONSULTATION_STARTED -> consultationStart = e.on();
                case CONSULTATION_ENDED -> {
                    if (consultationStart != null) {
                        paused += Math.max(0, calendar.between(consultationStart, e.on()));
                        consultationStart = null;
                    }
                }
                case FEE_NOTIFIED -> feeNotified = e.on();
                case FEE_PAID -> {
                    if (feeNotified != null) {
                        paused += Math.max(0, calendar.between(feeNotified, e.on()));
                        feeNotified = null;
                    }
                }
                case EXTENDED -> extended += e.workingDays();
            }
        }
        boolean inConsultation = consultationStart != null;
        boolean awaitingFee = feeNotified != null;
        int pausedNow = paused + (inConsultation ? Math.max(0, calendar.between(consultationStart, today)) : 0)
                + (awaitingFee ? Math.max(0, calendar.between(feeNotified, today)) : 0);
        var missing = new TreeSet<Integer>();
        LocalDate correctionBy = note(missing, calendar.add(receivedOn, CORRECTION_WINDOW_WORKING_DAYS)).to();
        LocalDate due = awaitingCorrection ? null
                : note(missing, calendar.add(from, REPLY_WORKING_DAYS + pausedNow + extended)).to();
        LocalDate consultationDue = inConsultation ? note(missing, calendar.add(consultationStart, CONSULTATION_WORKING_DAYS)).to() : null;
        return new State(from, due, correctionBy, consultationDue, pausedNow, extended, awaitingCorrection, inConsultation,
                awaitingFee, List.copyOf(missing));
    }

    private static org.gongkai.calendar.WorkingDayCount note(TreeSet<Integer> missing, org.gongkai.calendar.WorkingDayCount count) {
        missing.addAll(count.yearsWithoutSchedule());
        return count;
    }
}
