package org.gongkai.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.gongkai.audit.AuditService;
import org.gongkai.common.DomainException;
import org.gongkai.common.EntityTags;
import org.gongkai.common.FieldError;
import org.gongkai.common.Writes;
import org.gongkai.department.Department;
import org.gongkai.department.DepartmentService;
import org.gongkai.department.api.DepartmentView;
import org.gongkai.disclosure.DisclosureService;
import org.gongkai.disclosure.HtmlBody;
import org.gongkai.disclosure.RecordKind;
import org.gongkai.disclosure.PublicDisclosureService;
import org.gongkai.disclosure.RecordStatus;
import org.gongkai.disclosure.api.AdminDisclosureSummary;
import org.gongkai.disclosure.api.DisclosureCreate;
import org.gongkai.disclosure.api.DisclosureDetail;
import org.gongkai.disclosure.api.DisclosureEdit;
import org.gongkai.report.ReportRegisterService.Versioned;
import org.gongkai.report.api.ReportStatus;
import org.gongkai.report.api.ReportTextUpdate;
import org.gongkai.report.api.ReportTextView;
import org.gongkai.security.DepartmentScope;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * The report as a document: the parts staff write, its submission as a disclosure record of its own (the
 * confidentiality review and publication are then the disclosure workflow's, like any record's), where
 * each report of a year stands against its due day, and its print-ready page.
 */
@ApplicationScoped
public class ReportPublicationService {

    /** The version of a text nobody has written yet: the first save sends it in If-Match. */
    public static final long NOT_WRITTEN = -1;

    private final AnnualReportService reports;
    private final ReportTextRepository texts;
    private final ReportDocument document;
    private final DisclosureService disclosures;
    private final PublicDisclosureService published;
    private final DepartmentService departments;
    private final DepartmentScope scope;
    private final AuditService audit;
    private final Writes writes;
    private final Clock clock;

    public ReportPublicationService(AnnualReportService reports, ReportTextRepository texts, ReportDocument document, DisclosureService disclosures,
            PublicDisclosureService published, DepartmentService departments, DepartmentScope scope, AuditService audit, Writes writes, Clock clock) {
        this.reports = reports;
        this.texts = texts;
        this.document = document;
        this.disclosures = disclosures;
        this.published = published;
        this.departments = departments;
        this.scope = scope;
        this.audit = audit;
        this.writes = writes;
        this.clock = clock;
    }

    @WithSession
    public Uni<Versioned<ReportTextView>> text(int year, String department) {
        scope.requireWriteAccess(department);
        return known(department).chain(() -> texts.of(year, department))
                .map(t -> t == null ? new Versioned<>(new ReportTextView(year, department, null, null, null, null, null, null), NOT_WRITTEN)
                        : new Versioned<>(view(t), t.lockVersion));
    }

    public Uni<Versioned<ReportTextView>> save(int year, String department, String ifMatch, ReportTextUpdate update) {
        scope.requireWriteAccess(department);
        return writes.commit(ReportRegisterService.TOPIC, () -> known(department).chain(() -> texts.of(year, department)).chain(found -> {
            EntityTags.requireVersion(ifMatch, found == null ? NOT_WRITTEN : found.lockVersion);
            ReportText t = found;
            if (t == null) {
                t = new ReportText();
                t.id = UUID.randomUUID();
                t.year = year;
                t.departmentCode = department;
            }
            t.overview = HtmlBody.clean(update.overview());
            t.problems = HtmlBody.clean(update.problems());
            t.other = HtmlBody.clean(update.other());
            t.updatedBy = audit.actor();
            t.updatedAt = clock.instant();
            ReportText saved = t;
            return (found == null ? texts.persist(t) : Uni.createFrom().item(t)).call(texts::flush)
                    .call(() -> audit.record("report.text.save", "report-text", saved.id.toString(), department, Map.of("year", year)))
                    .map(x -> new Versioned<>(view(saved), saved.lockVersion));
        }));
    }

    /**
     * Assembles the report from today's records and the written parts and sends it to the confidentiality
     * review as its disclosure record (created the first time, a new draft after that). Publication is the
     * reviewer's approval, as for every record.
     */
    public Uni<Versioned<ReportTextView>> submit(int year, String department, String ifMatch) {
        scope.requireWriteAccess(department);
        LocalDate today = LocalDate.now(clock);
        return writes.commit(ReportRegisterService.TOPIC, () -> known(department).chain(() -> texts.of(year, department)).chain(t -> {
            EntityTags.requireVersion(ifMatch, t == null ? NOT_WRITTEN : t.lockVersion);
            if (t == null || t.overview == null || HtmlBody.isBlank(t.overview)) {
                throw new DomainException.RuleViolation("The report cannot go to review without its part 一 (总体情况).",
                        List.of(new FieldError("overview", "required", "Write part 一 (总体情况) before submitting the report.")));
            }
            return reports.report(year, department).chain(report -> owner(department).chain(owner -> {
                var content = document.content(report, t, today);
                Uni<DisclosureEdit> draft = t.recordId == null
                        ? disclosures.create(new DisclosureCreate(owner, RecordKind.ANNUAL_REPORT, content))
                        : disclosures.get(t.recordId).chain(e -> disclosures.saveDraft(t.recordId, EntityTags.ofVersion(e.version()), content));
                return draft.chain(e -> disclosures.submit(e.record().id(), EntityTags.ofVersion(e.version()), "依据 " + today + " 的记录生成"));
            })).chain(e -> {
                t.recordId = e.record().id();
                return texts.flush().call(() -> audit.record("report.submit", "report-text", t.id.toString(), department,
                        Map.of("year", year, "record", t.recordId.toString()))).map(x -> new Versioned<>(view(t), t.lockVersion));
            });
        }));
    }

    /** Every report of the year against its due day: the city's and each department's for admins, their own for staff. */
    @WithSession
    public Uni<List<ReportStatus>> status(int year) {
        String own = scope.readableDepartment(null);
        LocalDate today = LocalDate.now(clock);
        return departments.list().chain(all -> texts.ofYear(year).chain(written -> disclosures
                .summaries(written.stream().map(t -> t.recordId).filter(Objects::nonNull).toList()).map(records -> {
                    Map<String, ReportText> byDepartment = written.stream()
                            .collect(Collectors.toMap(t -> t.departmentCode == null ? "" : t.departmentCode, Function.identity()));
                    Map<UUID, AdminDisclosureSummary> byId = records.stream().collect(Collectors.toMap(AdminDisclosureSummary::id, Function.identity()));
                    List<ReportStatus> out = new ArrayList<>();
                    if (own == null) {
                        out.add(status(year, null, "全市", byDepartment.get(""), byId, today));
                    }
                    all.stream().filter(d -> own == null || d.code().equals(own))
                            .forEach(d -> out.add(status(year, d.code(), d.name(), byDepartment.get(d.code()), byId, today)));
                    return out;
                })));
    }

    /**
     * The print-ready page the public sees: the published report as reviewed, or, before that, today's
     * figures with the written parts held back.
     */
    @WithSession
    public Uni<String> printable(int year, String department) {
        return known(department).chain(() -> texts.of(year, department)).chain(t -> {
            Uni<DisclosureDetail> version = t == null || t.recordId == null ? Uni.createFrom().nullItem()
                    : published.detail(t.recordId).onFailure(DomainException.NotFound.class).recoverWithNull();
            return version.chain(d -> d != null
                    ? Uni.createFrom().item(document.page(d.title(), d.body(), "索引号 " + d.indexNumber() + "，发布于 " + d.publishedOn()))
                    : reports.report(year, department).map(r -> document.page(r.title(),
                            document.body(r, null, ReportDocument.NOT_PUBLISHED), "报告尚未发布：表格为截至今日的记录统计。")));
        });
    }

    /** The page as it would go to review, for the staff who write it. */
    @WithSession
    public Uni<String> preview(int year, String department) {
        scope.requireWriteAccess(department);
        return known(department).chain(() -> texts.of(year, department)).chain(t -> reports.report(year, department)
                .map(r -> document.page(r.title(), document.body(r, t, ReportDocument.NOT_WRITTEN), "预览：尚未发布")));
    }

    private static ReportStatus status(int year, String code, String name, ReportText t, Map<UUID, AdminDisclosureSummary> records, LocalDate today) {
        AdminDisclosureSummary r = t == null || t.recordId == null ? null : records.get(t.recordId);
        boolean isPublished = r != null && r.status() == RecordStatus.PUBLISHED;
        return new ReportStatus(code, name, ReportDeadline.dueOn(year, code == null), ReportDeadline.overdue(year, code == null, isPublished, today),
                t != null, r == null ? null : r.id(), r == null ? null : r.indexNumber(), r == null || r.draftState() == null ? null : r.draftState().name(),
                isPublished);
    }

    /** The department that publishes the report: its own, or for the city the government office. */
    Uni<String> owner(String department) {
        if (department != null) {
            return Uni.createFrom().item(department);
        }
        return departments.list().map(all -> all.stream().filter(d -> d.kind() == Department.Kind.GOVERNMENT_OFFICE).map(DepartmentView::code)
                .findFirst().orElseThrow(() -> new DomainException.Conflict("The directory has no government office to publish the city's report.")));
    }

    private Uni<Void> known(String department) {
        return department == null ? Uni.createFrom().voidItem() : departments.requireName("department", department).replaceWithVoid();
    }

    private static ReportTextView view(ReportText t) {
        return new ReportTextView(t.year, t.departmentCode, t.overview, t.problems, t.other, t.recordId, t.updatedBy, t.updatedAt);
    }
}
