package org.gongkai.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.gongkai.audit.AuditService;
import org.gongkai.catalogue.CatalogueImport;
import org.gongkai.catalogue.StaffCatalogueService;
import org.gongkai.common.GongkaiConfig;
import org.gongkai.department.DepartmentService;
import org.gongkai.department.api.DepartmentUpdate;
import org.gongkai.application.ApplicationImport;
import org.gongkai.application.ApplicationImportService;
import org.gongkai.disclosure.DisclosureImport;
import org.gongkai.disclosure.DisclosureImportService;
import org.gongkai.report.ReportImport;
import org.gongkai.report.ReportImportService;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Fills an empty database with the demo data of {@code src/main/resources/demo/} (demo, dev and test
 * profiles only; a production start has gongkai.demo-data.enabled=false), through the services' own
 * write paths, so every demo record passes the rules a staff member's would: the service catalogue with
 * the departments' contacts, then the disclosure catalogue, each only into its empty tables. Runs before
 * the HTTP server takes requests.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);
    /** Who the demo versions name as publisher. */
    static final String PUBLISHER = "demo-data";
    /** Who cleared the demo disclosures in the confidentiality review (someone other than their publisher). */
    static final String REVIEWER = "demo-review";
    static final String SERVICE_ITEMS = "demo/service-items.ndjson";
    /** Written by tools/demo-disclosures.mjs. */
    static final String DISCLOSURES = "demo/disclosures.ndjson";
    /** Written by tools/demo-applications.mjs: the seed's 51 applications of 2017, all handled. */
    static final String APPLICATIONS = "demo/applications.ndjson";
    static final int APPLICATIONS_YEAR = 2017;
    static final String DEPARTMENT_CONTACTS = "demo/department-contacts.json";
    /** The written parts of the seed, the city's 2017 report; its tables are computed from the demo records. */
    static final String REPORT_TEXTS = "demo/report-texts.json";

    /** One department's invented contacts, as the data file has them. */
    record Contacts(String code, String creditCode, String address, String phone, String email, String officeHours, String website,
            String disclosureAddress, String disclosurePhone, String disclosureEmail) {

        DepartmentUpdate asUpdate() {
            return new DepartmentUpdate(null, null, creditCode, address, phone, email, officeHours, website,
                    new DepartmentUpdate.DisclosureContactUpdate(disclosureAddress, disclosurePhone, disclosureEmail));
        }
    }

    private final GongkaiConfig config;
    private final DepartmentService departments;
    private final StaffCatalogueService catalogue;
    private final DisclosureImportService disclosures;
    private final ApplicationImportService applications;
    private final ReportImportService reports;
    private final AuditService audit;
    private final ObjectMapper json;

    public DemoDataLoader(GongkaiConfig config, DepartmentService departments, StaffCatalogueService catalogue,
            DisclosureImportService disclosures, ApplicationImportService applications, ReportImportService reports, AuditService audit, ObjectMapper json) {
        this.config = config;
        this.departments = departments;
        this.catalogue = catalogue;
        this.disclosures = disclosures;
        this.applications = applications;
        this.reports = reports;
        this.audit = audit;
        this.json = json;
    }

    void onStart(@Observes StartupEvent event) throws Throwable {
        if (!config.demoData().enabled()) {
            return;
        }
        // each part only into its own empty tables, the catalogue first (it fills the departments' credit codes, which the
        // disclosures' 索引号 carry)
        if (VertxContextSupport.subscribeAndAwait(catalogue::isEmpty)) {
            long start = System.nanoTime();
            // read here, on the start-up thread, not on the event loop that runs the writes
            List<Contacts> contacts = readArray(DEPARTMENT_CONTACTS, Contacts[].class);
            List<CatalogueImport> items = readLines(SERVICE_ITEMS, CatalogueImport.class);
            Integer loaded = VertxContextSupport.subscribeAndAwait(() -> load(contacts, items));
            LOG.infof("Loaded demo data: %d service items in %d ms", loaded, (System.nanoTime() - start) / 1_000_000);
        }
        if (VertxContextSupport.subscribeAndAwait(disclosures::isEmpty)) {
            long start = System.nanoTime();
            List<DisclosureImport> records = readLines(DISCLOSURES, DisclosureImport.class);
            Integer loaded = VertxContextSupport.subscribeAndAwait(() -> disclosures.importPublished(records, PUBLISHER, REVIEWER, true)
                    .call(n -> Panache.withTransaction(() -> audit.recordSystem("demo-data.load", "disclosure", "demo", null,
                            Map.of("disclosureRecords", n)))));
            LOG.infof("Loaded demo data: %d disclosure records in %d ms", loaded, (System.nanoTime() - start) / 1_000_000);
        }
        if (!VertxContextSupport.subscribeAndAwait(() -> applications.hasYear(APPLICATIONS_YEAR))) {
            List<ApplicationImport> cases = readLines(APPLICATIONS, ApplicationImport.class);
            Integer loaded = VertxContextSupport.subscribeAndAwait(() -> applications.importHandled(cases)
                    .call(n -> Panache.withTransaction(() -> audit.recordSystem("demo-data.load", "application", "demo", null,
                            Map.of("applications", n)))));
            LOG.infof("Loaded demo data: %d applications of %d", loaded, APPLICATIONS_YEAR);
        }
        // last: the report is assembled from everything above
        if (!VertxContextSupport.subscribeAndAwait(() -> reports.has(APPLICATIONS_YEAR, null))) {
            List<ReportImport> texts = readArray(REPORT_TEXTS, ReportImport[].class);
            Integer loaded = VertxContextSupport.subscribeAndAwait(() -> reports.importPublished(texts, PUBLISHER, REVIEWER)
                    .call(n -> Panache.withTransaction(() -> audit.recordSystem("demo-data.load", "report-text", "demo", null, Map.of("reports", n)))));
            LOG.infof("Loaded demo data: %d annual report(s)", loaded);
        }
    }

    private Uni<Integer> load(List<Contacts> contacts, List<CatalogueImport> items) {
        return Multi.createFrom().iterable(contacts)
                .onItem().transformToUniAndConcatenate(c -> departments.fillDemoContacts(c.code(), c.asUpdate()))
                .collect().asList()
                .chain(() -> catalogue.importPublished(items, PUBLISHER))
                .call(n -> Panache.withTransaction(() -> audit.recordSystem("demo-data.load", "catalogue", "demo", null,
                        Map.of("serviceItems", n))));
    }

    private <T> List<T> readArray(String resource, Class<T[]> type) {
        try (InputStream in = open(resource)) {
            return List.of(json.readValue(in, type));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    private <T> List<T> readLines(String resource, Class<T> type) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(open(resource), StandardCharsets.UTF_8))) {
            return in.lines().filter(line -> !line.isBlank()).map(line -> line(resource, line, type)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    private <T> T line(String resource, String line, Class<T> type) {
        try {
            return json.readValue(line, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Bad line in " + resource + ": " + line.substring(0, Math.min(80, line.length())), e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing demo data file " + resource);
        }
        return in;
    }
}
