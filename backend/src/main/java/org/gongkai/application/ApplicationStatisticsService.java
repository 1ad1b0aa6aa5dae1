package org.gongkai.application;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.gongkai.application.api.CaseFigures;
import org.gongkai.application.api.StatisticsView;
import org.gongkai.calendar.WorkingCalendarService;
import org.gongkai.department.DepartmentService;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** The public statistics of on-request applications. */
@ApplicationScoped
public class ApplicationStatisticsService {

    private final InformationRequestRepository requests;
    private final DepartmentService departments;
    private final WorkingCalendarService calendar;

    public ApplicationStatisticsService(InformationRequestRepository requests, DepartmentService departments, WorkingCalendarService calendar) {
        this.requests = requests;
        this.departments = departments;
        this.calendar = calendar;
    }

    /** Every case received by the end of the year, as the annual report's table 三 counts them. */
    @WithSession
    public Uni<List<CaseFigures>> caseFigures(String department, int year) {
        return requests.figures(department, LocalDate.of(year, 12, 31));
    }

    @WithSession
    public Uni<StatisticsView> of(int year, String department) {
        Uni<String> known = department == null ? Uni.createFrom().nullItem() : departments.requireName("department", department);
        return known.chain(() -> calendar.calendar()).chain(c -> caseFigures(department, year).map(cases -> ApplicationStatistics.of(year,
                department, cases, c)));
    }
}
