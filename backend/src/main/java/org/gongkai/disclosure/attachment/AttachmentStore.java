package org.gongkai.disclosure.attachment;

import org.gongkai.files.StoredFile;
import java.util.List;
import java.util.UUID;

import org.gongkai.disclosure.content.AttachmentRef;

import io.smallrye.mutiny.Uni;

/**
 * Where the files of records are kept. The default keeps them in PostgreSQL, in the transaction of the
 * write that adds them, so API replicas need no shared disk and a failed write leaves no file behind.
 * An object store (S3-compatible) can implement the same interface: store the object under its id
 * first, then commit the reference, and sweep objects no record refers to.
 */
public interface AttachmentStore {

    /** Stores the file as part of the caller's transaction. */
    Uni<Void> store(StoredFile file);

    /** The file of that record, with its bytes; null when there is none. */
    Uni<StoredFile> read(UUID recordId, UUID id);

    /** The files stored for a record, without their bytes. */
    Uni<List<AttachmentRef>> refs(UUID recordId);
}
