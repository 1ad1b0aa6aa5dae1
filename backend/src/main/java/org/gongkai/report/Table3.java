package org.gongkai.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.application.ApplicantType;
import org.gongkai.application.Outcome;
import org.gongkai.application.OrganisationKind;
import org.gongkai.application.OutcomeReason;

/**
 * Table 三 of the annual report (2021 format, 国办公开办函〔2021〕30号): the year's applications by applicant
 * column and by what became of them. Rows 一 (received this year) and 二 (carried over from last year)
 * count what was to be handled; row 三 counts what was handled in the year by outcome and sub-reason, with
 * （七）总计; row 四 what is carried to next year. Each case counts in exactly one column and, in the year,
 * in one of 三 or 四, so 一 + 二 = （七）总计 + 四 holds in every column by construction — and is checked.
 */
public final class Table3 {

    /** The columns: 自然人, the five kinds of 法人或其他组织, then 总计. */
    public static final List<String> COLUMNS = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");
    static final int WIDTH = COLUMNS.size();
    static final int TOTAL = WIDTH - 1;

    /**
     * One application, as the table needs it: no identity, only its column, dates and result.
     *
     * @param handledOn the day it was replied to, closed, or withdrawn; null while open
     * @param outcome   its row (a withdrawn case is 其他处理 / 其他); null while open
     */
    public record Case(ApplicantType applicantType, OrganisationKind organisationKind, LocalDate receivedOn, LocalDate handledOn,
            Outcome outcome, OutcomeReason reason) {
    }

    /** A row: its label, its level (0 for 一…四, 1 for （一）…（七）, 2 for the sub-rows), and a count per column. */
    public record Row(String key, String label, int level, long[] counts) {
    }

    private Table3() {
    }

    public static List<Row> compute(List<Case> cases, int year) {
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        long[] received = new long[WIDTH];
        long[] carriedIn = new long[WIDTH];
        long[] carriedOut = new long[WIDTH];
        long[][] byOutcome = new long[Outcome.values().length][WIDTH];
        long[][] byReason = new long[OutcomeReason.values().length][WIDTH];
        for (Case c : cases) {
            if (c.receivedOn().isAfter(end)) {
                continue;
            }
            boolean handledBefore = c.handledOn() != null && c.handledOn().isBefore(start);
            if (handledBefore) {
                continue;
            }
            int col = column(c);
            add(c.receivedOn().isBefore(start) ? carriedIn : received, col);
            if (c.handledOn() != null && !c.handledOn().isAfter(end)) {
                add(byOutcome[c.outcome().ordinal()], col);
                if (c.reason() != null) {
                    add(byReason[c.reason().ordinal()], col);
                }
            } else {
                add(carriedOut, col);
            }
        }
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("received", "一、本年新收政府信息公开申请数量", 0, received));
        rows.add(new Row("carriedIn", "二、上年结转政府信息公开申请数量", 0, carriedIn));
        rows.add(new Row("results", "三、本年度办理结果", 0, null));
        String[] numbers = { "（一）", "（二）", "（三）", "（四）", "（五）", "（六）" };
        long[] handled = new long[WIDTH];
        for (Outcome o : Outcome.values()) {
            rows.add(new Row(o.name(), numbers[o.ordinal()] + o.label(), 1, byOutcome[o.ordinal()]));
            int n = 1;
            for (OutcomeReason r : o.reasons()) {
                rows.add(new Row(o.name() + "." + r.name(), n++ + "." + r.label(), 2, byReason[r.ordinal()]));
            }
            for (int i = 0; i < WIDTH; i++) {
                handled[i] += byOutcome[o.ordinal()][i];
            }
        }
        rows.add(new Row("handled", "（七）总计", 1, handled));
        rows.add(new Row("carriedOut", "四、结转下年度继续办理", 0, carriedOut));
        return rows;
    }

    /** Where the form's invariants fail, if anywhere: 一 + 二 = （七）总计 + 四, and each outcome equals the sum of its sub-rows. */
    public static List<String> violations(List<Row> rows) {
        List<String> out = new ArrayList<>();
        long[] received = find(rows, "received");
        long[] carriedIn = find(rows, "carriedIn");
        long[] handled = find(rows, "handled");
        long[] carriedOut = find(rows, "carriedOut");
        for (int i = 0; i < WIDTH; i++) {
            if (received[i] + carriedIn[i] != handled[i] + carriedOut[i]) {
                out.add(COLUMNS.get(i) + ": 一 + 二 = " + (received[i] + carriedIn[i]) + " but （七）总计 + 四 = " + (handled[i] + carriedOut[i]));
            }
        }
        for (Outcome o : Outcome.values()) {
            if (o.reasons().isEmpty()) {
                continue;
            }
            long[] outcome = find(rows, o.name());
            for (int i = 0; i < WIDTH; i++) {
                long sum = 0;
                for (OutcomeReason r : o.reasons()) {
                    sum += find(rows, o.name() + "." + r.name())[i];
                }
                if (sum != outcome[i]) {
                    out.add(COLUMNS.get(i) + ": " + o.label() + " = " + outcome[i] + " but its sub-rows sum to " + sum);
                }
            }
        }
        return out;
    }

    /** The sum of several tables (a city's of its departments'), row by row. */
    public static List<Row> sum(List<List<Row>> tables, int year) {
        List<Row> total = compute(List.of(), year);
        for (List<Row> t : tables) {
            for (int r = 0; r < total.size(); r++) {
                if (total.get(r).counts() != null) {
                    for (int i = 0; i < WIDTH; i++) {
                        total.get(r).counts()[i] += t.get(r).counts()[i];
                    }
                }
            }
        }
        return total;
    }

    static long[] find(List<Row> rows, String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow().counts();
    }

    private static int column(Case c) {
        if (c.applicantType() == ApplicantType.NATURAL_PERSON) {
            return 0;
        }
        return switch (c.organisationKind() == null ? OrganisationKind.OTHER : c.organisationKind()) {
            case COMMERCIAL -> 1;
            case RESEARCH -> 2;
            case PUBLIC_INTEREST -> 3;
            case LEGAL_SERVICE -> 4;
            case OTHER -> 5;
        };
    }

    private static void add(long[] counts, int column) {
        counts[column]++;
        counts[TOTAL]++;
    }
}
