package org.gongkai.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.gongkai.application.ApplicationStatisticsService;
import org.gongkai.application.api.CaseFigures;
import org.gongkai.catalogue.PublicCatalogueService;
import org.gongkai.department.DepartmentService;
import org.gongkai.disclosure.PublicDisclosureService;
import org.gongkai.disclosure.api.DisclosureFigures;
import org.gongkai.disclosure.api.IssuedDocument;
import org.gongkai.report.api.AnnualReportView;
import org.gongkai.report.api.ReportFigures;
import org.gongkai.report.api.Table3Row;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * The annual report computed from the records, for a department or the city: no one counts by hand. The
 * city's table 三 is the sum of its departments' and is checked against the count over all cases.
 */
@ApplicationScoped
public class AnnualReportService {

    private final ApplicationStatisticsService applications;
    private final PublicDisclosureService disclosures;
    private final PublicCatalogueService catalogue;
    private final DepartmentService departments;
    private final ReportRegisterRepository registers;
    private final ReportRegisterRepository.Cases reviews;

    public AnnualReportService(ApplicationStatisticsService applications, PublicDisclosureService disclosures, PublicCatalogueService catalogue,
            DepartmentService departments, ReportRegisterRepository registers, ReportRegisterRepository.Cases reviews) {
        this.applications = applications;
        this.disclosures = disclosures;
        this.catalogue = catalogue;
        this.departments = departments;
        this.registers = registers;
        this.reviews = reviews;
    }

    @WithSession
    public Uni<AnnualReportView> report(int year, String department) {
        Uni<String> name = department == null ? Uni.createFrom().item("葫芦岛市") : departments.requireName("department", department);
        return name.chain(title -> catalogue.publishedCount(department)
                .chain(items -> disclosures.figures(department, year)
                        .chain(figures -> disclosures.issuedDocuments(department)
                                .chain(documents -> applications.caseFigures(department, year)
                                        .chain(cases -> registers.ofYear(year, department)
                                                .chain(entered -> reviews.of(department)
                                                        .map(reviewCases -> assemble(year, department, title, items, figures, documents, cases,
                                                                entered, reviewCases))))))));
    }

    static AnnualReportView assemble(int year, String department, String name, long serviceItems, DisclosureFigures d,
            List<IssuedDocument> documents, List<CaseFigures> cases, List<ReportRegister> entered, List<ReviewCase> reviewCases) {
        List<String> violations = new ArrayList<>();
        List<Table3.Row> table3;
        if (department == null) {
            // the city's table is the sum of its departments', and must equal the count over all of them
            Map<String, List<Table3.Case>> byDepartment = cases.stream()
                    .collect(Collectors.groupingBy(CaseFigures::departmentCode, Collectors.mapping(AnnualReportService::toCase, Collectors.toList())));
            table3 = Table3.sum(byDepartment.values().stream().map(c -> Table3.compute(c, year)).toList(), year);
            List<Table3.Row> direct = Table3.compute(cases.stream().map(AnnualReportService::toCase).toList(), year);
            for (int r = 0; r < direct.size(); r++) {
                if (direct.get(r).counts() != null && !java.util.Arrays.equals(direct.get(r).counts(), table3.get(r).counts())) {
                    violations.add(direct.get(r).label() + ": the departments' sum differs from the city's count");
                }
            }
        } else {
            table3 = Table3.compute(cases.stream().map(AnnualReportService::toCase).toList(), year);
        }
        violations.addAll(Table3.violations(table3));
        List<Table4.Row> table4 = Table4.compute(reviewCases.stream().map(c -> new Table4.Case(c.kind, c.filedOn, c.result, c.decidedOn)).toList(), year);
        var figures = new ReportFigures(serviceItems, d.published(), d.gazetteIssues(), d.gazetteDocuments(), d.npcReplies(), d.cppccReplies(),
                d.interpretedPolicyDocuments(), d.interpretations(), Table3.find(table3, "received")[Table3.TOTAL],
                Table3.find(table3, "handled")[Table3.TOTAL], Table3.find(table3, "carriedOut")[Table3.TOTAL],
                table4.stream().mapToLong(Table4.Row::total).sum());
        LocalDate due = ReportDeadline.dueOn(year, department == null);
        String title = name + year + "年政府信息公开工作年度报告";
        return new AnnualReportView(year, department, title, due, figures,
                Table2.documents(documents.stream().map(x -> new Table2.Document(x.kind(), x.issuedOn(), x.validity(), x.validUntil())).toList(), year),
                Table2.entered(entered(entered)), Table3.COLUMNS,
                table3.stream().map(r -> new Table3Row(r.key(), r.label(), r.level(),
                        r.counts() == null ? null : java.util.Arrays.stream(r.counts()).boxed().toList())).toList(),
                table4, violations);
    }

    /** The entered figures summed over the departments that entered them; an item nobody entered stays absent. */
    private static Map<Table2.EnteredItem, BigDecimal> entered(List<ReportRegister> rows) {
        Map<Table2.EnteredItem, BigDecimal> values = new EnumMap<>(Table2.EnteredItem.class);
        for (ReportRegister r : rows) {
            addIfEntered(values, Table2.EnteredItem.LICENSING, r.licensing == null ? null : BigDecimal.valueOf(r.licensing));
            addIfEntered(values, Table2.EnteredItem.PUNISHMENT, r.punishment == null ? null : BigDecimal.valueOf(r.punishment));
            addIfEntered(values, Table2.EnteredItem.COERCION, r.coercion == null ? null : BigDecimal.valueOf(r.coercion));
            addIfEntered(values, Table2.EnteredItem.FEES, r.fees);
        }
        return values;
    }

    private static void addIfEntered(Map<Table2.EnteredItem, BigDecimal> values, Table2.EnteredItem item, BigDecimal value) {
        if (value != null) {
            values.merge(item, value, BigDecimal::add);
        }
    }

    private static Table3.Case toCase(CaseFigures c) {
        return new Table3.Case(c.applicantType(), c.organisationKind(), c.receivedOn(), c.handledOn(), c.outcome(), c.reason());
    }
}
