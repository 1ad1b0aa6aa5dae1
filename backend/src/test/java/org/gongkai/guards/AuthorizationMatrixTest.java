package org.gongkai.guards;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;

/**
 * Every write operation of the served document (POST, PUT, PATCH, DELETE) against every kind of caller,
 * with bodies that would otherwise be valid and the right If-Match: anonymous callers, applicants,
 * reviewers and staff of another department are refused (401/403) and nothing stored changes; the
 * owning department's staff and admins get 2xx for every operation their role allows.
 *
 * <p>Who may write is the one thing the document does not say, so it is stated here per tag; a write
 * operation under a tag without a policy fails the test until someone decides who may use it.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthorizationMatrixTest {

    /** Demo departments no other test edits; the constants are needed by @OidcSecurity. */
    static final String OWNER = "civil-air-defence";
    static final String OTHER = "petitions";

    enum Caller { ADMIN, OWNER_STAFF, REVIEWER, APPLICANT }

    /** Tag -> who may use its write operations (besides nobody). */
    static final Map<String, Set<Caller>> POLICY = Map.of(
            "Admin: services", Set.of(Caller.ADMIN, Caller.OWNER_STAFF),
            "Admin: departments", Set.of(Caller.ADMIN),
            "Admin: calendar", Set.of(Caller.ADMIN),
            "Admin: key domains", Set.of(Caller.ADMIN),
            "Admin: disclosures", Set.of(Caller.ADMIN, Caller.OWNER_STAFF),
            // what reviewers may do is shown with real tokens in DisclosureWorkflowTest: here, that nobody else may
            "Review: disclosures", Set.of(Caller.REVIEWER),
            "Applications", Set.of(Caller.APPLICANT),
            "My applications", Set.of(Caller.APPLICANT),
            "Admin: applications", Set.of(Caller.ADMIN, Caller.OWNER_STAFF),
            "City office: applications", Set.of(Caller.ADMIN));

    /** The key domains have no create: the admin edits one of the migration's. */
    static final String KEY_DOMAINS = "/api/v1/admin/key-domains";
    static final String KEY_DOMAIN = "work-safety";

    static final byte[] PDF = "%PDF-1.4\n%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    static final String OFFICE = "/api/v1/admin/applications";
    static String application;

    static ServedApi api;
    static Values values;
    static Calls targets;
    static List<ServedApi.Operation> writes;
    static final Map<String, String> etags = new LinkedHashMap<>();
    static final Map<String, JsonNode> bodies = new LinkedHashMap<>();
    static String digest;
    static int refused;
    static int allowed;

    @Inject
    DataSource db;

    @Inject
    org.gongkai.security.PersonalDataCipher cipher;

    @Test
    @Order(1)
    @TestSecurity(user = "matrix-admin", roles = "admin")
    void everyWriteOperationHasAPolicyAndATarget() {
        api = ServedApi.load();
        writes = api.operations().stream().filter(ServedApi.Operation::isWrite).toList();
        assertFalse(writes.isEmpty());
        for (ServedApi.Operation op : writes) {
            assertTrue(op.tags().stream().anyMatch(POLICY::containsKey), op + ": no authorization policy for its tags " + op.tags());
        }
        given().get("/api/v1/departments/" + OWNER).then().statusCode(200);
        given().get("/api/v1/departments/" + OTHER).then().statusCode(200);
        values = withSamples(new Values(api).reference("departmentCode", OWNER)
                // a registered letter arrived on a day past, not a month ahead
                .reference("receivedOn", java.time.LocalDate.now().toString()));
        Samples.harvest(api, values);
        // the records the refused callers aim at: a new item of the owning department, and that department
        targets = new Calls(api).pathValue("code", OWNER).pathValue("year", "2026");
        ServedApi.Operation createItem = api.operation("post", "/api/v1/admin/services");
        Response created = Calls.send(new Calls.Request("post", createItem.path(), Map.of(), Map.of(), "application/json",
                Calls.bytes(values.valid(createItem.body()))), given());
        assertEquals(201, created.statusCode(), created.asString());
        targets.pathValue("id", created.path("id"));
        // a draft record of the owning department, for the disclosure operations
        ServedApi.Operation createRecord = api.operation("post", "/api/v1/admin/disclosures");
        Response record = Calls.send(new Calls.Request("post", createRecord.path(), Map.of(), Map.of(), "application/json",
                Calls.bytes(values.valid(createRecord.body()))), given());
        assertEquals(201, record.statusCode(), record.asString());
        targets.pathValueUnder("/api/v1/admin/disclosures", "id", record.path("id"));
        targets.pathValueUnder("/api/v1/review/disclosures", "id", record.path("id"));
        targets.pathValueUnder(KEY_DOMAINS, "code", KEY_DOMAIN);
        // a case of the owning department, from an applicant of its own
        application = seedApplication();
        targets.pathValueUnder(OFFICE, "id", application);
        targets.pathValueUnder("/api/v1/me/applications", "id", application);
        for (ServedApi.Operation op : writes) {
            if (op.hasIfMatch()) {
                // a refusal comes before the version check: a write whose record the admin cannot read gets any tag
                String tag = targets.currentETag(op);
                etags.put(op.toString(), tag == null ? "\"0\"" : tag);
            }
            if (op.body() != null) {
                bodies.put(op.toString(), validBody(values, targets, op));
            }
        }
        digest = StoreDigest.of(db, Set.of());
    }

    @Test
    @Order(2)
    void anonymousCallersAreRefusedEveryWrite() {
        refuseAll(Set.of(401), null);
    }

    @Test
    @Order(3)
    @TestSecurity(user = "matrix-applicant", roles = "applicant")
    void applicantsAreRefusedEveryWriteButTheirOwnApplications() {
        refuseAll(Set.of(403), Caller.APPLICANT);
        allowAll(Caller.APPLICANT);
        // what the applicant was allowed to do is the new state the next refusals must leave alone
        digest = StoreDigest.of(db, Set.of());
    }

    @Test
    @Order(4)
    @TestSecurity(user = "matrix-reviewer", roles = "reviewer")
    void reviewersAreRefusedEveryWrite() {
        refuseAll(Set.of(403), Caller.REVIEWER);
    }

    @Test
    @Order(5)
    @TestSecurity(user = "matrix-other-staff", roles = "staff")
    @OidcSecurity(claims = @Claim(key = "department", value = OTHER))
    void staffOfAnotherDepartmentAreRefusedEveryWrite() {
        refuseAll(Set.of(403), null);
    }

    @Test
    @Order(6)
    @TestSecurity(user = "matrix-owner-staff", roles = "staff")
    @OidcSecurity(claims = @Claim(key = "department", value = OWNER))
    void theOwningDepartmentsStaffMayUseEveryOperationOfTheirRole() {
        refuseAll(Set.of(403), Caller.OWNER_STAFF);
        allowAll(Caller.OWNER_STAFF);
    }

    @Test
    @Order(7)
    @TestSecurity(user = "matrix-admin", roles = "admin")
    void adminsMayUseEveryWriteOperation() {
        allowAll(Caller.ADMIN);
        System.out.printf("authorization matrix: %d write operations; %d refused cases, %d allowed cases%n", writes.size(), refused, allowed);
    }

    private static boolean allows(ServedApi.Operation op, Caller caller) {
        return caller != null && op.tags().stream().anyMatch(t -> POLICY.getOrDefault(t, Set.of()).contains(caller));
    }

    /** Every write this caller may not use, as prepared by the admin: refused, and nothing changed. */
    private void refuseAll(Set<Integer> expected, Caller caller) {
        List<String> wrong = new ArrayList<>();
        for (ServedApi.Operation op : writes) {
            if (allows(op, caller)) {
                continue;
            }
            Map<String, String> headers = new LinkedHashMap<>();
            if (etags.containsKey(op.toString())) {
                headers.put("If-Match", etags.get(op.toString()));
            }
            Response r = Calls.send(request(op, targets.url(op.path(), Map.of()), headers, bodies.get(op.toString())), given());
            refused++;
            if (!expected.contains(r.statusCode()) || !r.contentType().startsWith("application/problem+json")) {
                wrong.add(op + " -> " + r.statusCode() + " " + r.contentType() + " " + r.asString());
            }
        }
        assertTrue(wrong.isEmpty(), "not refused with " + expected + ":\n" + String.join("\n", wrong));
        assertEquals(digest, StoreDigest.of(db, Set.of()), "a refused write changed the stored data");
    }

    /**
     * Every operation the caller may use gets a 2xx on records the caller creates in this run. Some need
     * an earlier one (publish needs a draft, withdraw needs a schedule): passes repeat until all are
     * done or a pass makes no progress.
     */
    private void allowAll(Caller caller) {
        Values mine = withSamples(new Values(api).reference("departmentCode", OWNER)
                // a registered letter arrived on a day past, not a month ahead
                .reference("receivedOn", java.time.LocalDate.now().toString()));
        Samples.harvest(api, mine);
        Calls own = new Calls(api).pathValueUnder(KEY_DOMAINS, "code", KEY_DOMAIN).pathValueUnder(OFFICE, "id", application);
        List<ServedApi.Operation> pending = new ArrayList<>(writes.stream().filter(op -> allows(op, caller)).toList());
        Map<String, String> last = new LinkedHashMap<>();
        boolean progress = true;
        while (!pending.isEmpty() && progress) {
            progress = false;
            for (ServedApi.Operation op : new ArrayList<>(pending)) {
                if (!targetsKnown(own, op)) {
                    continue;
                }
                Map<String, String> headers = new LinkedHashMap<>();
                if (op.hasIfMatch()) {
                    headers.put("If-Match", own.currentETag(op));
                }
                JsonNode body = op.body() == null ? null : validBody(mine, own, op);
                Response r = Calls.send(request(op, own.url(op.path(), Map.of()), headers, body), given());
                allowed++;
                last.put(op.toString(), r.statusCode() + " " + r.asString());
                if (r.statusCode() / 100 == 2) {
                    pending.remove(op);
                    progress = true;
                    String location = r.header("Location");
                    String param = location == null ? null : itemParameter(op.path());
                    if (param != null) {
                        own.pathValueUnder(op.path(), param, location.substring(location.lastIndexOf('/') + 1));
                    }
                    if (location != null) {
                        learnFromLocation(own, location);
                    }
                }
            }
        }
        // a step of a workflow that needs another role first (withdrawing needs a reviewer's approval) is refused for
        // the record's state, 409 (or 422 for its content), only once role and department were accepted: allowed
        pending.removeIf(op -> last.getOrDefault(op.toString(), "").startsWith("409 ") || last.getOrDefault(op.toString(), "").startsWith("422 "));
        List<String> stuck = pending.stream().map(op -> op + " -> " + last.getOrDefault(op.toString(), "never tried (no record)")).toList();
        assertTrue(stuck.isEmpty(), caller + " was not allowed:\n" + String.join("\n", stuck));
    }

    /** A call that would be accepted but for the caller: valid required query parameters, and a small PDF for an upload. */
    private static Calls.Request request(ServedApi.Operation op, String url, Map<String, String> headers, JsonNode body) {
        Map<String, String> query = new LinkedHashMap<>();
        op.parameters().stream().filter(p -> p.in().equals("query") && p.required())
                .forEach(p -> query.put(p.name(), values.valid(p.schema()).asText()));
        Map<String, String> all = new LinkedHashMap<>(headers);
        op.parameters().stream().filter(p -> p.in().equals("header") && p.required() && !p.name().equalsIgnoreCase("If-Match"))
                .forEach(p -> all.put(p.name(), values.valid(p.schema()).asText()));
        headers = all;
        if (op.uploadsFile()) {
            return new Calls.Request(op.method(), url, query, headers, "application/octet-stream", PDF);
        }
        return new Calls.Request(op.method(), url, query, headers, body == null ? null : "application/json",
                body == null ? null : Calls.bytes(body));
    }

    /** The Location of a created record names it under the path of its own item operation (a case under /me/applications). */
    private static void learnFromLocation(Calls calls, String location) {
        String path = java.net.URI.create(location).getPath();
        for (ServedApi.Operation op : api.operations()) {
            var m = java.util.regex.Pattern.compile("(.*)/\\{([^}]+)}").matcher(op.path());
            if (m.matches() && !m.group(1).contains("{") && path.startsWith(m.group(1) + "/")
                    && path.indexOf('/', m.group(1).length() + 1) < 0) {
                calls.pathValueUnder(m.group(1), m.group(2), path.substring(m.group(1).length() + 1));
            }
        }
    }

    /** Components whose validity spans fields (an application needs a way to reach the applicant). */
    private static Values withSamples(Values v) {
        return v.sample("ApplicationSubmit", Samples.application(OWNER));
    }

    /** A received case of the owning department, written as a submission would write it. */
    private String seedApplication() {
        String id = java.util.UUID.randomUUID().toString();
        try (var c = db.getConnection(); var s = c.prepareStatement("""
                INSERT INTO information_request (id, tracking_number, department_code, channel, applicant_user,
                    applicant_type, applicant_name, id_type, id_number_encrypted, phone, description, form_wanted, delivery,
                    state, received_on, received_at, reply_due, created_by, updated_at)
                VALUES (?::uuid, ?, ?, 'ONLINE', 'matrix-applicant', 'NATURAL_PERSON', '矩阵申请人', 'RESIDENT_ID', ?,
                    '0429-1', '授权矩阵测试', 'ELECTRONIC', 'ONLINE', 'RECEIVED', current_date, now(), current_date + 28, 'matrix-applicant', now())""")) {
            s.setString(1, id);
            s.setString(2, "YSQ1999-" + id.substring(0, 6));
            s.setString(3, OWNER);
            s.setString(4, cipher.encrypt("210000199001011234"));
            s.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    private static boolean targetsKnown(Calls calls, ServedApi.Operation op) {
        return op.parameters().stream().filter(p -> p.in().equals("path")).allMatch(p -> calls.valueFor(op.path(), p.name()) != null);
    }

    private static String itemParameter(String collection) {
        for (ServedApi.Operation op : api.operations()) {
            if (op.path().startsWith(collection + "/{") && op.path().indexOf('}') == op.path().length() - 1) {
                return op.path().substring(collection.length() + 2, op.path().length() - 1);
            }
        }
        return null;
    }

    static JsonNode validBody(Values values, Calls calls, ServedApi.Operation op) {
        if (op.bodyRef() != null && values.hasSample(op.bodyRef())) {
            return values.valid(op.body());
        }
        JsonNode current = op.method().equals("put") ? calls.currentRepresentation(op) : null;
        return current != null ? values.project(current, op.body()) : values.valid(op.body());
    }
}
