package org.gongkai.report.api;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.report.Table2;
import org.gongkai.report.Table4;

/**
 * A year's open-government annual report (2021 format) for a department or the city, computed from the
 * records: its figures and tables 二, 三 and 四. {@code violations} lists any broken invariant (none expected).
 */
@Schema(name = "AnnualReport")
public record AnnualReportView(int year,
        @Schema(nullable = true, description = "Null: the whole city (the sum of its departments).") String departmentCode,
        String title,
        @Schema(description = "Due by: a department's report on 31 January, the city's on 31 March of the next year.") LocalDate dueOn,
        ReportFigures figures,
        List<Table2.DocumentRow> table2Documents,
        @Schema(description = "Entered by staff, not computed; null value when nothing was entered.") List<Table2.EnteredRow> table2Entered,
        List<String> table3Columns,
        List<Table3Row> table3,
        List<Table4.Row> table4,
        @Schema(description = "Broken invariants of the tables; empty when they hold.") List<String> violations) {
}
