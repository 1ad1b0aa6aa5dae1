package org.gongkai.department;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.gongkai.common.DomainException;
import org.gongkai.common.EntityTags;
import org.gongkai.security.AuditTrail;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class DepartmentService {

    private final DepartmentRepository departments;
    private final AuditTrail audit;
    private final Clock clock;

    public DepartmentService(DepartmentRepository departments, AuditTrail audit, Clock clock) {
        this.departments = departments;
        this.audit = audit;
        this.clock = clock;
    }

    @WithSession
    public Uni<List<DepartmentView>> list() {
        return departments.listInDirectoryOrder().map(list -> list.stream().map(DepartmentView::of).toList());
    }

    @WithSession
    public Uni<DepartmentView> get(String code) {
        return find(code).map(DepartmentView::of);
    }

    /** The department with its lock version, for the ETag of the admin view. */
    @WithSession
    public Uni<Department> getForEdit(String code) {
        return find(code);
    }

    @WithTransaction
    public Uni<Department> create(DepartmentCreate request) {
        return departments.findById(request.code()).chain(existing -> {
            if (existing != null) {
                throw new DomainException.Conflict("A department with code '" + request.code() + "' exists already.");
            }
            Department d = new Department();
            d.code = request.code();
            apply(d, request.details());
            d.sortOrder = 1000;
            return departments.persist(d)
                    .call(() -> audit.record("department.create", "department", d.code, d.code, Map.of("name", d.name)));
        });
    }

    @WithTransaction
    public Uni<Department> update(String code, String ifMatch, DepartmentUpdate update) {
        return find(code).chain(d -> {
            EntityTags.requireVersion(ifMatch, d.lockVersion);
            apply(d, update);
            return departments.flush().replaceWith(d)
                    .call(() -> audit.record("department.update", "department", d.code, d.code, Map.of("name", d.name)));
        });
    }

    private Uni<Department> find(String code) {
        return departments.findById(code).onItem().ifNull().failWith(() -> new DomainException.NotFound("department", code));
    }

    private void apply(Department d, DepartmentUpdate u) {
        d.name = u.name();
        d.kind = u.kind();
        d.creditCode = u.creditCode();
        d.address = u.address();
        d.phone = u.phone();
        d.email = u.email();
        d.officeHours = u.officeHours();
        d.website = u.website();
        var contact = u.disclosureContact();
        d.disclosureAddress = contact == null ? null : contact.address();
        d.disclosurePhone = contact == null ? null : contact.phone();
        d.disclosureEmail = contact == null ? null : contact.email();
        // an administrator's edit replaces the demo values with real ones
        d.demoContacts = false;
        d.updatedAt = Instant.now(clock);
    }
}
