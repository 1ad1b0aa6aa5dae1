package org.gongkai.application;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import jakarta.enterprise.context.ApplicationScoped;

import org.gongkai.application.api.DocumentRef;
import org.gongkai.files.StoredFile;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** The documents of a case (the applicant's material, the reply's documents), stored in PostgreSQL with the step that adds them. */
@ApplicationScoped
public class RequestDocuments {

    private static final String INSERT = """
            INSERT INTO request_document (request_id, position, file_name, media_type, size_bytes, sha256, content, uploaded_at, uploaded_by,
                from_applicant)
            SELECT ?1, coalesce(max(position), 0) + 1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9 FROM request_document WHERE request_id = ?1""";

    private final Pool pool;

    public RequestDocuments(Pool pool) {
        this.pool = pool;
    }

    /** Adds the file as the case's next document, in the caller's transaction (the case row is locked by its version). */
    public Uni<Void> add(UUID requestId, StoredFile f, boolean fromApplicant) {
        return Panache.getSession().chain(s -> s.createNativeQuery(INSERT).setParameter(1, requestId).setParameter(2, f.fileName())
                .setParameter(3, f.mediaType()).setParameter(4, f.size()).setParameter(5, f.sha256()).setParameter(6, f.content())
                .setParameter(7, f.createdAt()).setParameter(8, f.createdBy()).setParameter(9, fromApplicant).executeUpdate()).replaceWithVoid();
    }

    public Uni<List<DocumentRef>> of(UUID requestId) {
        return ofAll(List.of(requestId)).map(m -> m.getOrDefault(requestId, List.of()));
    }

    /** The documents of several cases at once, by case, each in order. */
    public Uni<Map<UUID, List<DocumentRef>>> ofAll(List<UUID> requestIds) {
        if (requestIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().chain(s -> s.createNativeQuery(
                "SELECT request_id, position, file_name, media_type, size_bytes, from_applicant FROM request_document WHERE request_id IN (?1)"
                        + " ORDER BY request_id, position", Object[].class)
                .setParameter(1, requestIds).getResultList())
                .map(rows -> rows.stream().collect(Collectors.groupingBy(r -> (UUID) r[0], Collectors.mapping(r -> new DocumentRef(
                        ((Number) r[1]).intValue(), (String) r[2], (String) r[3], ((Number) r[4]).longValue(), (Boolean) r[5]), Collectors.toList()))));
    }

    public Uni<StoredFile> read(UUID requestId, int position) {
        return pool.preparedQuery("SELECT file_name, media_type, size_bytes, sha256, content, uploaded_at, uploaded_by"
                + " FROM request_document WHERE request_id = $1 AND position = $2").execute(Tuple.of(requestId, position))
                .map(rows -> StreamSupport.stream(rows.spliterator(), false).findFirst().map(r -> new StoredFile(null, requestId,
                        r.getString(0), r.getString(1), r.getLong(2), r.getString(3), r.getBuffer(4).getBytes(),
                        r.getOffsetDateTime(5).toInstant(), r.getString(6))).orElse(null));
    }
}
