package org.gongkai.department;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.gongkai.audit.AuditService;
import org.gongkai.common.Codes;
import org.gongkai.common.DomainException;
import org.gongkai.common.EntityTags;
import org.gongkai.common.Writes;
import org.gongkai.department.api.DepartmentCreate;
import org.gongkai.department.api.DepartmentEdit;
import org.gongkai.department.api.DepartmentUpdate;
import org.gongkai.department.api.DepartmentView;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** The department directory: public reads, administrators' edits, and what other features ask of it. */
@ApplicationScoped
public class DepartmentService {

    /** The topic {@link Writes} announces after a directory change: department names appear in other features' responses. */
    public static final String TOPIC = "departments";
    static final String ENTITY = "department";

    private final DepartmentRepository departments;
    private final AuditService audit;
    private final Writes writes;
    private final Clock clock;

    public DepartmentService(DepartmentRepository departments, AuditService audit, Writes writes, Clock clock) {
        this.departments = departments;
        this.audit = audit;
        this.writes = writes;
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

    @WithSession
    public Uni<DepartmentEdit> getForEdit(String code) {
        return find(code).map(DepartmentService::edit);
    }

    /** For features that file records under a department: its name, or a 400 naming the field when there is none. */
    @WithSession
    public Uni<String> requireName(String field, String code) {
        return departments.findById(code).onItem().ifNull()
                .failWith(() -> new DomainException.InvalidInput(field, "unknown", "No department with code '" + code + "'."))
                .map(d -> d.name);
    }

    public Uni<DepartmentEdit> create(DepartmentCreate request) {
        if (Codes.CITY.equals(request.code())) {
            throw new DomainException.InvalidInput("code", "reserved", "'" + Codes.CITY + "' stands for the whole city and cannot name a department.");
        }
        return writes.commit(TOPIC, () -> departments.findById(request.code()).chain(existing -> {
            if (existing != null) {
                throw new DomainException.Conflict("A department with code '" + request.code() + "' exists already.");
            }
            Department d = new Department();
            d.code = request.code();
            d.sortOrder = 1000;
            apply(d, request.details(), false);
            return departments.persist(d)
                    .call(() -> audit.record("department.create", ENTITY, d.code, d.code, Map.of("name", d.name)))
                    .call(departments::flush)
                    .map(DepartmentService::edit);
        }));
    }

    public Uni<DepartmentEdit> update(String code, String ifMatch, DepartmentUpdate update) {
        return writes.commit(TOPIC, () -> find(code).chain(d -> {
            EntityTags.requireVersion(ifMatch, d.lockVersion);
            apply(d, update, false);
            return audit.record("department.update", ENTITY, d.code, d.code, Map.of("name", d.name))
                    .call(departments::flush)
                    .map(ignored -> edit(d));
        }));
    }

    /** Demo data: invented contacts for a department that has none yet, marked as demo values. */
    public Uni<Boolean> fillDemoContacts(String code, DepartmentUpdate contacts) {
        return writes.commit(TOPIC, () -> find(code).chain(d -> {
            if (d.address != null) {
                return Uni.createFrom().item(false);
            }
            apply(d, new DepartmentUpdate(d.name, d.kind, contacts.creditCode(), contacts.address(), contacts.phone(),
                    contacts.email(), contacts.officeHours(), contacts.website(), contacts.disclosureContact()), true);
            return audit.recordSystem("department.demo-contacts", ENTITY, d.code, d.code, Map.of()).replaceWith(true);
        }));
    }

    private Uni<Department> find(String code) {
        return departments.findById(code).onItem().ifNull().failWith(() -> new DomainException.NotFound("department", code));
    }

    private static DepartmentEdit edit(Department d) {
        return new DepartmentEdit(DepartmentView.of(d), d.lockVersion);
    }

    private void apply(Department d, DepartmentUpdate u, boolean demo) {
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
        d.demoContacts = demo;
        d.updatedAt = Instant.now(clock);
    }
}
