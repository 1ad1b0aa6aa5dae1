package org.gongkai.disclosure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.gongkai.disclosure.content.BudgetReport;
import org.gongkai.disclosure.content.BudgetRow;
import org.gongkai.disclosure.content.BudgetTable;
import org.gongkai.disclosure.content.DisclosureContent;

/** Complete records of each kind, as a department would submit them. */
public final class DisclosureFixtures {

    public static final Set<String> SUB_ITEMS = Set.of("department-budgets", "power-list", "minimum-living");
    public static final Map<String, String> DOMAINS = Map.of("department-budgets", "fiscal-budgets", "power-list",
            "powers-responsibilities", "minimum-living", "social-assistance");

    private DisclosureFixtures() {
    }

    public static DisclosureContent policy(String title) {
        return new DisclosureContent(title, "葫政办发〔2026〕12号", LocalDate.of(2026, 3, 2), "综合政务", List.of("政务公开"),
                List.of("power-list"), DisclosureMode.PROACTIVE, FivePublic.DECISION, Validity.VALID, LocalDate.of(2026, 3, 2), null,
                "<p>为进一步推进政务公开工作，现就有关事项通知如下。</p>", null, null, null, null, null, null, null, null, null);
    }

    public static DisclosureContent interpretation(String title, UUID of) {
        return new DisclosureContent(title, null, LocalDate.of(2026, 3, 5), "综合政务", List.of("解读"), List.of("power-list"),
                DisclosureMode.PROACTIVE, FivePublic.DECISION, Validity.VALID, null, null, "<p>一、出台背景……</p>", of,
                InterpretationForm.TEXT, null, null, null, null, null, null, null);
    }

    public static DisclosureContent budget(BudgetReport report) {
        return new DisclosureContent("葫芦岛市民政局2026年部门预算", null, LocalDate.of(2026, 2, 1), "财政", List.of(), List.of("department-budgets"),
                DisclosureMode.PROACTIVE, FivePublic.RESULT, Validity.VALID, null, null, null, null, null, null, null, null, report, null, null, null);
    }

    public static BudgetReport fullBudget() {
        return new BudgetReport(2026, "主要职责……", List.of(new BudgetTable("表一", "部门收支总表",
                List.of(new BudgetRow("2010301", "行政运行", new BigDecimal("356.42"))))), "收支增减变化情况……", "一般公共预算：……");
    }
}
