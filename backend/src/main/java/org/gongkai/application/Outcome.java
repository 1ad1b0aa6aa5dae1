package org.gongkai.application;

import java.util.EnumSet;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 办理结果: the rows （一）–（六） of table 三 of the annual report (2021 format). */
@Schema(name = "ApplicationOutcome", description = "DISCLOSED 予以公开; PARTLY_DISCLOSED 部分公开; NOT_DISCLOSED 不予公开; UNABLE_TO_PROVIDE 无法提供; "
        + "NOT_PROCESSED 不予处理; OTHER 其他处理.")
public enum Outcome {
    DISCLOSED("予以公开"), PARTLY_DISCLOSED("部分公开（区分处理的，只计这一情形，不计其他情形）"), NOT_DISCLOSED("不予公开"),
    UNABLE_TO_PROVIDE("无法提供"), NOT_PROCESSED("不予处理"), OTHER("其他处理");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    /** The row's name in table 三. */
    public String label() {
        return label;
    }

    /** The sub-rows of table 三 an outcome must name one of (none for the first two). */
    public Set<OutcomeReason> reasons() {
        return switch (this) {
            case DISCLOSED, PARTLY_DISCLOSED -> EnumSet.noneOf(OutcomeReason.class);
            case NOT_DISCLOSED -> EnumSet.range(OutcomeReason.STATE_SECRET, OutcomeReason.ADMINISTRATIVE_QUERY);
            case UNABLE_TO_PROVIDE -> EnumSet.range(OutcomeReason.NOT_HELD, OutcomeReason.UNCLEAR_AFTER_CORRECTION);
            case NOT_PROCESSED -> EnumSet.range(OutcomeReason.PETITION_OR_COMPLAINT, OutcomeReason.CONFIRMATION_REQUESTED);
            case OTHER -> EnumSet.range(OutcomeReason.NOT_CORRECTED, OutcomeReason.OTHER);
        };
    }
}
