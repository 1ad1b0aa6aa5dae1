package org.gongkai.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.disclosure.RecordKind;
import org.gongkai.disclosure.Validity;

/**
 * Table 二 (proactive disclosure): 规章 and 行政规范性文件 issued in the year, repealed in it, and in force
 * at its end, counted from the disclosure records; the figures the portal holds no records of
 * (行政许可, 行政处罚, 行政强制, 行政事业性收费) come from the entered register and say so.
 */
public final class Table2 {

    /** A published regulation or normative document: when it was issued, and when (if ever) it ceased. */
    public record Document(RecordKind kind, LocalDate issuedOn, Validity validity, LocalDate validUntil) {
    }

    @Schema(name = "Table2DocumentRow")
    public record DocumentRow(RecordKind kind, String label, long issued, long repealed, long inForce) {
    }

    @Schema(name = "ReportEnteredItem")
    public enum EnteredItem {
        LICENSING("第二十条第（五）项 行政许可 本年处理决定数量"),
        PUNISHMENT("第二十条第（六）项 行政处罚 本年处理决定数量"),
        COERCION("第二十条第（六）项 行政强制 本年处理决定数量"),
        FEES("第二十条第（八）项 行政事业性收费 本年收费金额（万元）");

        private final String label;

        EnteredItem(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** An entered figure; {@code value} is null when nobody entered it yet. */
    @Schema(name = "Table2EnteredRow")
    public record EnteredRow(EnteredItem item, String label, BigDecimal value, boolean entered) {
    }

    private Table2() {
    }

    public static List<DocumentRow> documents(List<Document> documents, int year) {
        return List.of(row(RecordKind.REGULATION, "第二十条第（一）项 规章", documents, year),
                row(RecordKind.NORMATIVE_DOCUMENT, "第二十条第（一）项 行政规范性文件", documents, year));
    }

    public static List<EnteredRow> entered(Map<EnteredItem, BigDecimal> values) {
        return java.util.Arrays.stream(EnteredItem.values())
                .map(i -> new EnteredRow(i, i.label(), values.get(i), values.containsKey(i))).toList();
    }

    private static DocumentRow row(RecordKind kind, String label, List<Document> documents, int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        long issued = 0;
        long repealed = 0;
        long inForce = 0;
        for (Document d : documents) {
            if (d.kind() != kind || d.issuedOn() == null) {
                continue;
            }
            if (d.issuedOn().getYear() == year) {
                issued++;
            }
            boolean ceased = d.validity() != Validity.VALID && d.validUntil() != null && !d.validUntil().isAfter(end);
            if (d.validity() == Validity.REPEALED && d.validUntil() != null && d.validUntil().getYear() == year) {
                repealed++;
            }
            if (!d.issuedOn().isAfter(end) && !ceased) {
                inForce++;
            }
        }
        return new DocumentRow(kind, label, issued, repealed, inForce);
    }
}
