package org.gongkai.report;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Table 四 (administrative review and litigation): for 行政复议, 行政诉讼 without review and 行政诉讼 after
 * review, the cases of the year by result — 维持, 纠正, 其他, 尚未审结 — and 总计. A case belongs to the year
 * when it was filed in it, or was still pending when the year began; its result is as at the year's end.
 */
public final class Table4 {

    @Schema(name = "ReviewKind", description = "REVIEW 行政复议; LAWSUIT_DIRECT 行政诉讼（未经复议直接起诉）; LAWSUIT_AFTER_REVIEW 行政诉讼（复议后起诉）.")
    public enum Kind { REVIEW, LAWSUIT_DIRECT, LAWSUIT_AFTER_REVIEW }

    @Schema(name = "ReviewResult", description = "PENDING 尚未审结; UPHELD 结果维持; CORRECTED 结果纠正; OTHER 其他结果.")
    public enum Result { PENDING, UPHELD, CORRECTED, OTHER }

    public record Case(Kind kind, LocalDate filedOn, Result result, LocalDate decidedOn) {
    }

    /** 结果维持, 结果纠正, 其他结果, 尚未审结, 总计 for one kind. */
    @Schema(name = "Table4Row")
    public record Row(Kind kind, String label, long upheld, long corrected, long other, long pending, long total) {
    }

    private Table4() {
    }

    public static List<Row> compute(List<Case> cases, int year) {
        return List.of(row(Kind.REVIEW, "行政复议", cases, year), row(Kind.LAWSUIT_DIRECT, "行政诉讼（未经复议直接起诉）", cases, year),
                row(Kind.LAWSUIT_AFTER_REVIEW, "行政诉讼（复议后起诉）", cases, year));
    }

    private static Row row(Kind kind, String label, List<Case> cases, int year) {
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        long upheld = 0;
        long corrected = 0;
        long other = 0;
        long pending = 0;
        for (Case c : cases) {
            boolean decidedBefore = c.decidedOn() != null && c.decidedOn().isBefore(start);
            if (c.kind() != kind || c.filedOn().isAfter(end) || decidedBefore) {
                continue;
            }
            boolean decided = c.decidedOn() != null && !c.decidedOn().isAfter(end);
            if (!decided) {
                pending++;
            } else {
                switch (c.result()) {
                    case UPHELD -> upheld++;
                    case CORRECTED -> corrected++;
                    default -> other++;
                }
            }
        }
        return new Row(kind, label, upheld, corrected, other, pending, upheld + corrected + other + pending);
    }
}
