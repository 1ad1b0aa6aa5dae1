package org.gongkai.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.gongkai.audit.AuditService;
import org.gongkai.calendar.api.CalendarYearCreate;
import org.gongkai.calendar.api.CalendarYearEdit;
import org.gongkai.calendar.api.CalendarYearSummary;
import org.gongkai.calendar.api.CalendarYearUpdate;
import org.gongkai.calendar.api.CalendarYearView;
import org.gongkai.common.ChangeListener;
import org.gongkai.common.DomainException;
import org.gongkai.common.EntityTags;
import org.gongkai.common.FieldError;
import org.gongkai.common.Writes;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CacheResult;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * The working-day calendar: the entered schedules, their edits by administrators, and the clock other
 * features count deadlines on. The calendar is read on every deadline and changes once a year, so it
 * is kept in memory; this instance drops it after each committed change, other instances when the
 * cache entry expires (quarkus.cache.caffeine expiry).
 */
@ApplicationScoped
public class WorkingCalendarService implements ChangeListener {

    public static final String TOPIC = "calendar";
    static final String ENTITY = "calendar-year";
    private static final String CACHE = "working-calendar";

    private final CalendarRepository repository;
    private final AuditService audit;
    private final Writes writes;
    private final Clock clock;
    private final Cache cache;

    public WorkingCalendarService(CalendarRepository repository, AuditService audit, Writes writes, Clock clock,
            @CacheName(CACHE) Cache cache) {
        this.repository = repository;
        this.audit = audit;
        this.writes = writes;
        this.clock = clock;
        this.cache = cache;
    }

    /** The calendar as entered now, for counting deadlines. */
    @CacheResult(cacheName = CACHE)
    @WithSession
    public Uni<WorkingDayCalendar> calendar() {
        return repository.years().chain(years -> repository.days().map(days -> WorkingDayCalendar.of(
                years.stream().map(y -> y.year).toList(), days.stream().map(ScheduledDay::view).toList())));
    }

    public Uni<WorkingDayCount> add(LocalDate from, int workingDays) {
        return calendar().map(c -> c.add(from, workingDays));
    }

    public Uni<WorkingDayCount> count(LocalDate from, LocalDate to) {
        return calendar().map(c -> c.count(from, to));
    }

    @WithSession
    public Uni<List<CalendarYearSummary>> years() {
        return repository.years().chain(years -> repository.days().map(days -> years.stream().map(y -> new CalendarYearSummary(
                y.year, y.source,
                (int) days.stream().filter(d -> d.year == y.year && d.kind == DayKind.HOLIDAY).count(),
                (int) days.stream().filter(d -> d.year == y.year && d.kind == DayKind.WORKDAY).count())).toList()));
    }

    @WithSession
    public Uni<CalendarYearView> year(int year) {
        return find(year).chain(this::view);
    }

    @WithSession
    public Uni<CalendarYearEdit> getForEdit(int year) {
        return find(year).chain(y -> view(y).map(v -> new CalendarYearEdit(v, y.lockVersion)));
    }

    public Uni<CalendarYearEdit> create(CalendarYearCreate request) {
        int year = request.year();
        requireValid(year, request.schedule(), "schedule.");
        return writes.commit(TOPIC, () -> repository.findById(year).chain(existing -> {
            if (existing != null) {
                throw new DomainException.Conflict("The schedule of " + year + " is entered already; update it instead.");
            }
            var y = new CalendarYear();
            y.year = year;
            describe(y, request.schedule());
            return repository.persist(y).chain(() -> store(y, request.schedule(), "calendar.create"));
        }));
    }

    public Uni<CalendarYearEdit> update(int year, String ifMatch, CalendarYearUpdate update) {
        requireValid(year, update, "");
        return writes.commit(TOPIC, () -> find(year).chain(y -> {
            EntityTags.requireVersion(ifMatch, y.lockVersion);
            describe(y, update);
            return repository.deleteDays(year).chain(() -> store(y, update, "calendar.update"));
        }));
    }

    @Override
    public Uni<Void> changed(String topic) {
        return TOPIC.equals(topic) ? cache.invalidateAll() : Uni.createFrom().voidItem();
    }

    private void describe(CalendarYear y, CalendarYearUpdate schedule) {
        y.source = schedule.source().strip();
        y.updatedAt = clock.instant();
        y.updatedBy = audit.actor();
    }

    private Uni<CalendarYearEdit> store(CalendarYear y, CalendarYearUpdate schedule, String action) {
        List<ScheduledDay> rows = schedule.days().stream().map(d -> ScheduledDay.of(y.year, d)).toList();
        return repository.persistDays(rows)
                .call(() -> audit.record(action, ENTITY, String.valueOf(y.year), null,
                        Map.of("source", y.source, "days", rows.size())))
                .call(repository::flush)
                .map(ignored -> new CalendarYearEdit(new CalendarYearView(y.year, y.source,
                        rows.stream().map(ScheduledDay::view).sorted(java.util.Comparator.comparing(CalendarDay::date)).toList(),
                        y.updatedAt), y.lockVersion));
    }

    private static void requireValid(int year, CalendarYearUpdate schedule, String at) {
        List<FieldError> errors = CalendarRules.check(year, schedule.days()).stream()
                .map(e -> new FieldError(at + e.field(), e.code(), e.message())).toList();
        if (!errors.isEmpty()) {
            throw new DomainException.InvalidInput(errors);
        }
    }

    private Uni<CalendarYear> find(int year) {
        return repository.findById(year).onItem().ifNull().failWith(() -> new DomainException.NotFound("calendar year", year));
    }

    private Uni<CalendarYearView> view(CalendarYear y) {
        return repository.days(y.year).map(days -> new CalendarYearView(y.year, y.source,
                days.stream().map(ScheduledDay::view).toList(), y.updatedAt));
    }
}
