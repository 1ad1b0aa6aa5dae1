package org.gongkai.files;

import java.time.Instant;
import java.util.UUID;

/** A stored file with its bytes, as a download sends it. */
public record StoredFile(UUID id, UUID recordId, String fileName, String mediaType, long size, String sha256, byte[] content,
        Instant createdAt, String createdBy) {
}
