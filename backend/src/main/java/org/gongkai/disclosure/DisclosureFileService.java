package org.gongkai.disclosure;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.gongkai.audit.AuditService;
import org.gongkai.common.DomainException;
import org.gongkai.common.GongkaiConfig;
import org.gongkai.disclosure.api.DisclosureEdit;
import org.gongkai.disclosure.attachment.AttachmentStore;
import org.gongkai.disclosure.attachment.FileTypes;
import org.gongkai.disclosure.attachment.StoredFile;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * The files of records: uploads checked by content and size, and downloads — by staff of the record's
 * department, and by the public only for a file of the public version of a public record.
 */
@ApplicationScoped
public class DisclosureFileService {

    private static final int MAX_NAME = 200;

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
        String name = fileName(rawName);
        if (content == null || content.length == 0) {
            throw new DomainException.InvalidInput("file", "empty", "The file is empty.");
        }
        if (content.length > maxBytes) {
            throw new DomainException.InvalidInput("file", "too-large", "A file has at most " + maxBytes + " bytes.");
        }
        FileTypes.FileType type = FileTypes.detect(content, name).orElseThrow(() -> new DomainException.UnsupportedFileType("file",
                "The content of '" + name + "' is not a PDF, OFD, PNG, JPEG or GIF image or an office document of the kind its name says."));
        return new StoredFile(UUID.randomUUID(), recordId, name, type.mediaType(), content.length, sha256(content), content,
                clock.instant(), audit.actor());
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

    /** The name as given, without any path, or a 400 naming the parameter. */
    static String fileName(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new DomainException.InvalidInput("fileName", "required", "'fileName' is required: the file's name with its extension.");
        }
        String name = raw.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (name.isEmpty() || name.length() > MAX_NAME || name.startsWith(".")) {
            throw new DomainException.InvalidInput("fileName", "invalid", "'fileName' must be a file name of at most " + MAX_NAME + " characters.");
        }
        return name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
