package org.gongkai.calendar;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** The entered years and their days. */
@ApplicationScoped
public class CalendarRepository implements PanacheRepositoryBase<CalendarYear, Integer> {

    @WithSession
    public Uni<List<CalendarYear>> years() {
        return listAll(io.quarkus.panache.common.Sort.by("year"));
    }

    public Uni<List<ScheduledDay>> days() {
        return getSession().chain(s -> s.createSelectionQuery("from ScheduledDay order by day", ScheduledDay.class).getResultList());
    }

    public Uni<List<ScheduledDay>> days(int year) {
        return getSession().chain(s -> s.createSelectionQuery("from ScheduledDay where year = :year order by day", ScheduledDay.class)
                .setParameter("year", year).getResultList());
    }

    /** Removes a year's days at once (a bulk statement), so the replacements can reuse their dates in the same flush. */
    public Uni<Integer> deleteDays(int year) {
        return getSession().chain(s -> s.createMutationQuery("delete from ScheduledDay where year = :year")
                .setParameter("year", year).executeUpdate());
    }

    public Uni<Void> persistDays(List<ScheduledDay> days) {
        return getSession().chain(s -> s.persistAll(days.toArray()));
    }
}
