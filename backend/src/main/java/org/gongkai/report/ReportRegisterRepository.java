package org.gongkai.report;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ReportRegisterRepository implements PanacheRepositoryBase<ReportRegister, ReportRegister.Key> {

    /** The year's entries of one department, or of all. */
    public Uni<List<ReportRegister>> ofYear(int year, String department) {
        return department == null ? list("year", year) : list("year = ?1 and departmentCode = ?2", year, department);
    }

    @ApplicationScoped
    public static class Cases implements PanacheRepositoryBase<ReviewCase, UUID> {

        public Uni<List<ReviewCase>> of(String department) {
            return department == null ? list("order by filedOn desc, id") : list("departmentCode = ?1 order by filedOn desc, id", department);
        }
    }
}
