package org.gongkai.application;

/**
 * The article of the Regulation (国务院令第711号) a reply rests on, for the reply letter (告知书): the letter
 * tells the applicant why, and on what ground they may seek review.
 */
public final class ReplyBasis {

    private static final String REGULATION = "《中华人民共和国政府信息公开条例》";

    private ReplyBasis() {
    }

    public static String of(Outcome outcome, OutcomeReason reason, boolean alreadyPublished) {
        String article = switch (outcome) {
            case DISCLOSED -> alreadyPublished ? "第三十六条第（一）项" : "第三十六条第（二）项";
            case PARTLY_DISCLOSED -> "第三十七条";
            case NOT_DISCLOSED -> switch (reason) {
                case STATE_SECRET, LAW_PROHIBITS, SECURITY_STABILITY -> "第十四条、第三十六条第（三）项";
                case THIRD_PARTY_RIGHTS -> "第十五条、第三十二条、第三十六条第（三）项";
                case INTERNAL_AFFAIRS, PROCESS_INFORMATION, ENFORCEMENT_FILES -> "第十六条、第三十六条第（三）项";
                default -> "第三十六条第（七）项";
            };
            case UNABLE_TO_PROVIDE -> switch (reason) {
                case NOT_HELD -> "第三十六条第（四）项、第（五）项";
                case NEEDS_CREATION -> "第三十八条";
                default -> "第三十条";
            };
            case NOT_PROCESSED -> switch (reason) {
                case REPEATED -> "第三十六条第（六）项";
                case EXCESSIVE -> "第三十五条";
                default -> "第三十九条";
            };
            case OTHER -> switch (reason) {
                case NOT_CORRECTED -> "第三十条";
                case FEE_UNPAID -> "第四十二条";
                default -> "第三十六条";
            };
        };
        return REGULATION + article;
    }
}
