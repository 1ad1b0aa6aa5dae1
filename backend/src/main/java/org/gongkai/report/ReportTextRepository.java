package org.gongkai.report;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ReportTextRepository implements PanacheRepositoryBase<ReportText, UUID> {

    /** The text of a year's report of a department, or of the city when {@code department} is null. */
    public Uni<ReportText> of(int year, String department) {
        return department == null ? find("year = ?1 and departmentCode is null", year).firstResult()
                : find("year = ?1 and departmentCode = ?2", year, department).firstResult();
    }

    public Uni<List<ReportText>> ofYear(int year) {
        return list("year", year);
    }
}
