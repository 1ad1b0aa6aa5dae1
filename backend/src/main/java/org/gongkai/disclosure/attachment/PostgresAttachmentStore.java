package org.gongkai.disclosure.attachment;

import org.gongkai.files.StoredFile;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.gongkai.disclosure.content.AttachmentRef;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** Files in the disclosure_attachment table: written with the session's transaction, read straight from the pool. */
@ApplicationScoped
public class PostgresAttachmentStore implements AttachmentStore {

    private final Pool pool;

    public PostgresAttachmentStore(Pool pool) {
        this.pool = pool;
    }

    @Override
    public Uni<Void> store(StoredFile f) {
        var row = new DisclosureAttachment();
        row.id = f.id();
        row.recordId = f.recordId();
        row.fileName = f.fileName();
        row.mediaType = f.mediaType();
        row.size = f.size();
        row.sha256 = f.sha256();
        row.content = f.content();
        row.createdAt = f.createdAt();
        row.createdBy = f.createdBy();
        return Panache.getSession().chain(s -> s.persist(row));
    }

    @Override
    public Uni<StoredFile> read(UUID recordId, UUID id) {
        return pool.preparedQuery("SELECT id, record_id, file_name, media_type, size, sha256, content, created_at, created_by"
                + " FROM disclosure_attachment WHERE id = $1 AND record_id = $2").execute(Tuple.of(id, recordId))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return null;
                    }
                    var r = rows.iterator().next();
                    return new StoredFile(r.getUUID(0), r.getUUID(1), r.getString(2), r.getString(3), r.getLong(4), r.getString(5),
                            r.getBuffer(6).getBytes(), r.getOffsetDateTime(7).toInstant(), r.getString(8));
                });
    }

    @Override
    public Uni<List<AttachmentRef>> refs(UUID recordId) {
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                "select new org.gongkai.disclosure.content.AttachmentRef(a.id, a.fileName, a.mediaType, a.size)"
                        + " from DisclosureAttachment a where a.recordId = :r", AttachmentRef.class)
                .setParameter("r", recordId).getResultList());
    }
}
