package org.gongkai.application;

import jakarta.enterprise.context.ApplicationScoped;

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

    @WithSession
    public Uni<StatisticsView> of(int year, String department) {
        Uni<String> known = department == null ? Uni.createFrom().nullItem() : departments.requireName("department", department);
        return known.chain(() -> calendar.calendar()).chain(c -> requests.ofYear(department, year).map(list -> ApplicationStatistics.of(year,
                department, list.stream().map(r -> new ApplicationStatistics.Case(r.receivedOn, r.repliedOn, r.replyDue, r.state, r.outcome)).toList(), c)));
    }
}
