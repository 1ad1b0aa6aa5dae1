package org.gongkai.catalogue.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongkai.catalogue.DemoCatalogueWriter;
import org.gongkai.department.Department;
import org.gongkai.department.DepartmentRepository;
import org.gongkai.security.AuditTrail;
import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

/**
 * Fills an empty catalogue with the demo data (demo, dev and test profiles only; a production start
 * has gongkai.demo-data.enabled=false). Runs before the HTTP server takes requests.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    private final boolean enabled;
    private final DepartmentRepository departments;
    private final DemoCatalogueWriter writer;
    private final AuditTrail audit;
    private final Clock clock;

    public DemoDataLoader(@ConfigProperty(name = "gongkai.demo-data.enabled") boolean enabled, DepartmentRepository departments,
            DemoCatalogueWriter writer, AuditTrail audit, Clock clock) {
        this.enabled = enabled;
        this.departments = departments;
        this.writer = writer;
        this.audit = audit;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) throws Throwable {
        if (!enabled) {
            return;
        }
        long start = System.nanoTime();
        Integer loaded = VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(this::loadIfEmpty));
        if (loaded > 0) {
            LOG.infof("Loaded demo data: %d service items in %d ms", loaded, (System.nanoTime() - start) / 1_000_000);
        }
    }

    private Uni<Integer> loadIfEmpty() {
        return writer.isEmpty().chain(empty -> {
            if (!empty) {
                return Uni.createFrom().item(0);
            }
            List<DemoItem> items = DemoCatalogue.items();
            return departments.listAll()
                    .invoke(this::fillContacts)
                    .chain(() -> writer.write(items))
                    .chain(() -> audit.recordSystem("demo-data.load", "catalogue", "demo", null,
                            Map.of("serviceItems", items.size(), "at", Instant.now(clock).toString())))
                    .replaceWith(items.size());
        });
    }

    private void fillContacts(List<Department> list) {
        Map<String, DemoDepartmentContacts> contacts = DemoDirectory.contacts().stream()
                .collect(Collectors.toMap(DemoDepartmentContacts::code, Function.identity()));
        Instant now = Instant.now(clock);
        for (Department d : list) {
            DemoDepartmentContacts c = contacts.get(d.code);
            if (c == null || d.address != null) {
                continue;
            }
            d.creditCode = c.creditCode();
            d.address = c.address();
            d.phone = c.phone();
            d.email = c.email();
            d.officeHours = c.officeHours();
            d.website = c.website();
            d.disclosureAddress = c.disclosureAddress();
            d.disclosurePhone = c.disclosurePhone();
            d.disclosureEmail = c.disclosureEmail();
            d.demoContacts = true;
            d.updatedAt = now;
        }
    }
}
