package org.gongkai.disclosure;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.gongkai.audit.AuditService;
import org.gongkai.common.DomainException;
import org.gongkai.common.GongkaiConfig;
import org.gongkai.disclosure.api.DisclosureEdit;
import org.gongkai.disclosure.attachment.AttachmentStore;
import org.gongkai.files.Uploads;
import org.gongkai.files.StoredFile;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * The files of records: uploads checked by content and size, and downloads — by staff of the record's
 * department, and by the public only for a file of the public version of a public record.
 */
@ApplicationScoped
public class DisclosureFileService {

    private final DisclosureService disclosures;
    private final DisclosureRecordRepository records;
    private final DisclosureVersionRepository versions;
    private final AttachmentStore files;
    private final AuditService audit;
    private final Clock clock;
    private final long maxBytes;

    public DisclosureFileService(DisclosureService disclosures, DisclosureRecordRepository records, DisclosureVersionRepository versions,
            AttachmentStore files, AuditService audit, Clock clock, GongkaiConfig config) {
        this.disclosures = disclosures;
        this.records = records;
        this.versions = versions;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
        this.maxBytes = config.http().maxUpload().asLongValue();
    }

    public Uni<DisclosureEdit> upload(UUID recordId, String ifMatch, String rawName, byte[] content) {
        return disclosures.attach(recordId, ifMatch, () -> checked(recordId, rawName, content));
    }

    private StoredFile checked(UUID recordId, String rawName, byte[] content) {
        return Uploads.checked(recordId, rawName, content, maxBytes, clock.instant(), audit.actor());
    }

    /** A file of a record the caller may read in the console (its department's, or any for admins and reviewers). */
    @WithSession
    public Uni<StoredFile> staffDownload(UUID recordId, UUID fileId) {
        return disclosures.find(recordId).invoke(disclosures::requireReadable).chain(r -> read(recordId, fileId));
    }

    /** A file the public version of a public record carries; anything else is not found. */
    @WithSession
    public Uni<StoredFile> publicDownload(UUID recordId, UUID fileId) {
        return records.findById(recordId).chain(r -> {
            if (r == null || !r.isPublic()) {
                return Uni.createFrom().failure(new DomainException.NotFound("file", fileId));
            }
            return versions.find(r.id, r.currentVersion).chain(v -> {
                boolean published = v != null && v.content.attachmentsOrEmpty().stream().anyMatch(a -> a.id().equals(fileId));
                return published ? read(recordId, fileId) : Uni.createFrom().failure(new DomainException.NotFound("file", fileId));
            });
        });
    }

    private Uni<StoredFile> read(UUID recordId, UUID fileId) {
        return files.read(recordId, fileId).onItem().ifNull().failWith(() -> new DomainException.NotFound("file", fileId));
    }
}
