package org.gongkai.report;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.gongkai.common.Clocks;
import org.gongkai.common.Writes;
import org.gongkai.disclosure.DisclosureImport;
import org.gongkai.disclosure.DisclosureImportService;
import org.gongkai.disclosure.HtmlBody;
import org.gongkai.disclosure.RecordKind;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** Brings in reports published before the portal: each assembled from the records and published through the disclosure import. */
@ApplicationScoped
public class ReportImportService {

    private final ReportPublicationService publication;
    private final AnnualReportService reports;
    private final ReportTextRepository texts;
    private final ReportDocument document;
    private final DisclosureImportService disclosures;
    private final Writes writes;

    public ReportImportService(ReportPublicationService publication, AnnualReportService reports, ReportTextRepository texts, ReportDocument document,
            DisclosureImportService disclosures, Writes writes) {
        this.publication = publication;
        this.reports = reports;
        this.texts = texts;
        this.document = document;
        this.disclosures = disclosures;
        this.writes = writes;
    }

    @WithSession
    public Uni<Boolean> has(int year, String department) {
        return texts.of(year, department).map(t -> t != null);
    }

    public Uni<Integer> importPublished(List<ReportImport> rows, String publisher, String approver) {
        return Multi.createFrom().iterable(rows).onItem().transformToUniAndConcatenate(row -> importOne(row, publisher, approver))
                .collect().asList().map(List::size);
    }

    private Uni<ReportText> importOne(ReportImport row, String publisher, String approver) {
        ReportText t = new ReportText();
        t.id = UUID.randomUUID();
        t.year = row.year();
        t.departmentCode = row.departmentCode();
        t.overview = HtmlBody.clean(row.overview());
        t.problems = HtmlBody.clean(row.problems());
        t.other = HtmlBody.clean(row.other());
        t.updatedBy = publisher;
        t.updatedAt = row.createdAt();
        LocalDate written = LocalDate.ofInstant(row.createdAt(), Clocks.CITY_ZONE);
        return reports.report(row.year(), row.departmentCode()).chain(report -> publication.owner(row.departmentCode())
                .chain(owner -> disclosures.importPublished(List.of(new DisclosureImport(row.recordId(), owner, RecordKind.ANNUAL_REPORT, row.createdAt(),
                        row.publishedAt(), null, document.content(report, t, written))), publisher, approver, true)))
                .chain(() -> writes.commit(ReportRegisterService.TOPIC, () -> {
                    t.recordId = row.recordId();
                    return texts.persist(t);
                }));
    }
}
