package org.gongkai.report;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.gongkai.application.ApplicationService;
import org.gongkai.audit.AuditService;
import org.gongkai.common.DomainException;
import org.gongkai.common.EntityTags;
import org.gongkai.common.Writes;
import org.gongkai.department.DepartmentService;
import org.gongkai.report.api.RegisterUpdate;
import org.gongkai.report.api.RegisterView;
import org.gongkai.report.api.ReviewCaseCreate;
import org.gongkai.report.api.ReviewCaseUpdate;
import org.gongkai.report.api.ReviewCaseView;
import org.gongkai.security.DepartmentScope;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * What the report needs and the portal holds no records of: the year's entered figures and the register
 * of reviews and lawsuits. Staff keep their own department's, admins every one; every write is versioned
 * and audited.
 */
@ApplicationScoped
public class ReportRegisterService {

    public static final String TOPIC = "report";
    /** The version of figures not yet entered: the first save sends it in If-Match, so two first saves cannot both win. */
    public static final long NOT_ENTERED = -1;

    private final ReportRegisterRepository registers;
    private final ReportRegisterRepository.Cases cases;
    private final DepartmentService departments;
    private final ApplicationService applications;
    private final DepartmentScope scope;
    private final AuditService audit;
    private final Writes writes;
    private final Clock clock;

    public ReportRegisterService(ReportRegisterRepository registers, ReportRegisterRepository.Cases cases, DepartmentService departments,
            ApplicationService applications, DepartmentScope scope, AuditService audit, Writes writes, Clock clock) {
        this.registers = registers;
        this.cases = cases;
        this.departments = departments;
        this.applications = applications;
        this.scope = scope;
        this.audit = audit;
        this.writes = writes;
        this.clock = clock;
    }

    public record Versioned<T>(T body, long version) {
    }

    @WithSession
    public Uni<Versioned<RegisterView>> register(int year, String department) {
        scope.requireWriteAccess(department);
        return departments.requireName("department", department).chain(() -> registers.findById(new ReportRegister.Key(year, department)))
                .map(r -> r == null ? new Versioned<>(new RegisterView(year, department, null, null, null, null, null, null), NOT_ENTERED)
                        : new Versioned<>(view(r), r.lockVersion));
    }

    public Uni<Versioned<RegisterView>> enter(int year, String department, String ifMatch, RegisterUpdate update) {
        scope.requireWriteAccess(department);
        return writes.commit(TOPIC, () -> departments.requireName("department", department)
                .chain(() -> registers.findById(new ReportRegister.Key(year, department))).chain(found -> {
                    EntityTags.requireVersion(ifMatch, found == null ? NOT_ENTERED : found.lockVersion);
                    ReportRegister r = found;
                    if (r == null) {
                        r = new ReportRegister();
                        r.year = year;
                        r.departmentCode = department;
                    }
                    r.licensing = update.licensing();
                    r.punishment = update.punishment();
                    r.coercion = update.coercion();
                    r.fees = update.fees();
                    r.enteredBy = audit.actor();
                    r.enteredAt = clock.instant();
                    ReportRegister saved = r;
                    return (found == null ? registers.persist(r) : Uni.createFrom().item(r)).call(registers::flush)
                            .call(() -> audit.record("report.register", "report-register", year + "/" + department, department, Map.of("year", year)))
                            .map(x -> new Versioned<>(view(saved), saved.lockVersion));
                }));
    }

    @WithSession
    public Uni<List<ReviewCaseView>> reviewCases(String department) {
        return cases.of(scope.readableDepartment(department)).map(list -> list.stream().map(ReportRegisterService::view).toList());
    }

    @WithSession
    public Uni<Versioned<ReviewCaseView>> reviewCase(UUID id) {
        return findCase(id).map(c -> new Versioned<>(view(c), c.lockVersion));
    }

    public Uni<Versioned<ReviewCaseView>> createReviewCase(ReviewCaseCreate body) {
        scope.requireWriteAccess(body.departmentCode());
        return writes.commit(TOPIC, () -> departments.requireName("departmentCode", body.departmentCode())
                .chain(() -> body.applicationId() == null ? Uni.createFrom().item(body.departmentCode()) : applications.departmentOf(body.applicationId()))
                .chain(owner -> {
            // a review is about a case of the department that decided it
            if (!body.departmentCode().equals(owner)) {
                throw new DomainException.InvalidInput("applicationId", "unknown", "No application of " + body.departmentCode() + " has this id.");
            }
            var c = new ReviewCase();
            c.id = UUID.randomUUID();
            c.departmentCode = body.departmentCode();
            c.requestId = body.applicationId();
            c.kind = body.kind();
            c.filedOn = body.filedOn();
            c.createdBy = audit.actor();
            c.decide(body.result(), body.decidedOn(), blankToNull(body.note()), clock.instant());
            return cases.persist(c).call(cases::flush)
                    .call(() -> audit.record("report.review-case.create", "review-case", c.id.toString(), c.departmentCode, Map.of("kind", c.kind.name())))
                    .map(x -> new Versioned<>(view(c), c.lockVersion));
        }));
    }

    public Uni<Versioned<ReviewCaseView>> updateReviewCase(UUID id, String ifMatch, ReviewCaseUpdate body) {
        return writes.commit(TOPIC, () -> findCase(id).chain(c -> {
            EntityTags.requireVersion(ifMatch, c.lockVersion);
            c.decide(body.result(), body.decidedOn(), blankToNull(body.note()), clock.instant());
            return cases.flush().call(() -> audit.record("report.review-case.update", "review-case", c.id.toString(), c.departmentCode,
                    Map.of("result", c.result.name()))).map(x -> new Versioned<>(view(c), c.lockVersion));
        }));
    }

    private Uni<ReviewCase> findCase(UUID id) {
        return cases.findById(id).onItem().ifNull().failWith(() -> new DomainException.NotFound("review case", id))
                .invoke(c -> scope.requireWriteAccess(c.departmentCode));
    }

    private static RegisterView view(ReportRegister r) {
        return new RegisterView(r.year, r.departmentCode, r.licensing, r.punishment, r.coercion, r.fees, r.enteredBy, r.enteredAt);
    }

    private static ReviewCaseView view(ReviewCase c) {
        return new ReviewCaseView(c.id, c.departmentCode, c.requestId, c.kind, c.filedOn, c.result, c.decidedOn, c.note);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
