package org.gongkai.report;

import java.util.List;
import java.util.stream.Collectors;

import org.gongkai.report.api.AnnualReportView;

/**
 * The report's tables as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read the Chinese), for
 * machines: one line per row of the API, keyed by its label, so table 三 keeps each outcome's sum that the printed
 * form (and {@link Table3Layout}) leaves out.
 */
public final class ReportCsv {

    private ReportCsv() {
    }

    public static String of(AnnualReportView r) {
        var out = new StringBuilder("\uFEFF");
        line(out, List.of(r.title()));
        line(out, List.of());
        line(out, List.of("二、主动公开政府信息情况", "本年制发件数", "本年废止件数", "现行有效件数"));
        r.table2Documents().forEach(d -> line(out, List.of(d.label(), Long.toString(d.issued()), Long.toString(d.repealed()), Long.toString(d.inForce()))));
        line(out, List.of("", "数量", "来源"));
        r.table2Entered().forEach(e -> line(out, List.of(e.label(), e.value() == null ? "" : e.value().toPlainString(), e.entered() ? "填报" : "未填报")));
        line(out, List.of());
        var header = new java.util.ArrayList<String>();
        header.add("三、收到和处理政府信息公开申请情况");
        header.addAll(r.table3Columns());
        line(out, header);
        r.table3().forEach(row -> {
            var cells = new java.util.ArrayList<String>();
            cells.add(row.label());
            if (row.counts() != null) {
                row.counts().forEach(c -> cells.add(Long.toString(c)));
            }
            line(out, cells);
        });
        line(out, List.of());
        line(out, List.of("四、政府信息公开行政复议、行政诉讼情况", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"));
        r.table4().forEach(t -> line(out, List.of(t.label(), Long.toString(t.upheld()), Long.toString(t.corrected()), Long.toString(t.other()),
                Long.toString(t.pending()), Long.toString(t.total()))));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        out.append(cells.stream().map(ReportCsv::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    static String cell(String s) {
        // a leading = + - @ would run as a formula in a spreadsheet (CSV injection): prefixed with '
        String safe = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
