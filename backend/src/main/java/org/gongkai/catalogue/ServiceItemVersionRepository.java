package org.gongkai.catalogue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.gongkai.catalogue.guide.ServiceGuide;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

@ApplicationScoped
public class ServiceItemVersionRepository implements PanacheRepositoryBase<ServiceItemVersion, ServiceItemVersion.Key> {

    /** An item's current published version with what its public page shows of the item. */
    public record Current(UUID id, String implementationCode, String basicCode, String departmentCode, String departmentName,
            String status, String scheduledStatus, LocalDate scheduledOn, String scheduledNote, boolean demo, int version,
            OffsetDateTime publishedAt, ServiceGuide guide) {
    }

    /** The statement of a guide's public page (also what the benchmark drives with pgbench). */
    public static final String CURRENT = """
            SELECT i.id, i.implementation_code, i.basic_code, i.department_code, d.name AS department_name, i.status,
                   i.scheduled_status, i.scheduled_on, i.scheduled_note, i.demo, v.version, v.published_at, v.guide::text AS guide
            FROM service_item i
            JOIN service_item_version v ON v.item_id = i.id AND v.version = i.current_version
            JOIN department d ON d.code = i.department_code
            WHERE i.id = $1""";

    private final Pool pool;
    private final ObjectMapper json;

    public ServiceItemVersionRepository(Pool pool, ObjectMapper json) {
        this.pool = pool;
        this.json = json;
    }

    /** The published guide of an item in one statement, or null when the item does not exist or was never published. */
    public Uni<Current> current(UUID itemId) {
        return pool.preparedQuery(CURRENT).execute(Tuple.of(itemId))
                .map(rows -> rows.size() == 0 ? null : current(rows.iterator().next()));
    }

    /** The history of an item, newest first. */
    public Uni<List<ServiceItemVersion>> history(UUID itemId) {
        return list("itemId = ?1 order by version desc", itemId);
    }

    public Uni<ServiceItemVersion> find(UUID itemId, int version) {
        return findById(new ServiceItemVersion.Key(itemId, version));
    }

    private Current current(Row r) {
        try {
            return new Current(r.getUUID("id"), r.getString("implementation_code"), r.getString("basic_code"),
                    r.getString("department_code"), r.getString("department_name"), r.getString("status"),
                    r.getString("scheduled_status"), r.getLocalDate("scheduled_on"), r.getString("scheduled_note"), r.getBoolean("demo"),
                    r.getInteger("version"), r.getOffsetDateTime("published_at"), json.readValue(r.getString("guide"), ServiceGuide.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored guide of " + r.getUUID("id") + " does not read back", e);
        }
    }
}
