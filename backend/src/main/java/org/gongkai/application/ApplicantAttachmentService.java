package org.gongkai.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.gongkai.application.api.MyApplicationView;
import org.gongkai.audit.AuditService;
import org.gongkai.common.DomainException;
import org.gongkai.common.EntityTags;
import org.gongkai.common.GongkaiConfig;
import org.gongkai.common.Writes;
import org.gongkai.files.StoredFile;
import org.gongkai.files.Uploads;
import org.gongkai.security.CurrentUser;

import io.smallrye.mutiny.Uni;

/**
 * The applicant's own material for an open application (Art. 29 allows what identifies the information
 * sought): PDF files and images, their type told by their content, a few per case. The office sees them
 * with the case; the audit names the type and size, never the file's name (it often carries a person's).
 */
@ApplicationScoped
public class ApplicantAttachmentService {

    static final int MAX_PER_CASE = 5;

    private final ApplicationService applications;
    private final RequestDocuments documents;
    private final RequestEventRepository events;
    private final InformationRequestRepository requests;
    private final CurrentUser user;
    private final AuditService audit;
    private final Writes writes;
    private final Clock clock;
    private final long maxUpload;

    public ApplicantAttachmentService(ApplicationService applications, RequestDocuments documents, RequestEventRepository events,
            InformationRequestRepository requests, CurrentUser user, AuditService audit, Writes writes, Clock clock, GongkaiConfig config) {
        this.applications = applications;
        this.documents = documents;
        this.events = events;
        this.requests = requests;
        this.user = user;
        this.audit = audit;
        this.writes = writes;
        this.clock = clock;
        this.maxUpload = config.http().maxUpload().asLongValue();
    }

    public Uni<Map.Entry<MyApplicationView, Long>> attach(UUID id, String ifMatch, String fileName, byte[] content) {
        Instant now = clock.instant();
        StoredFile file = Uploads.checked(id, fileName, content, maxUpload, now, user.name());
        if (!file.mediaType().equals("application/pdf") && !file.mediaType().startsWith("image/")) {
            throw new DomainException.UnsupportedFileType("file", "An application carries PDF files or PNG, JPEG or GIF images.");
        }
        return writes.commit(ApplicationService.TOPIC, () -> applications.own(id).chain(r -> {
            EntityTags.requireVersion(ifMatch, r.lockVersion);
            if (!r.state.isOpen()) {
                throw new DomainException.Conflict("The case is closed; its material no longer changes.");
            }
            return documents.of(r.id).chain(existing -> {
                if (existing.stream().filter(d -> d.fromApplicant()).count() >= MAX_PER_CASE) {
                    throw new DomainException.InvalidInput("file", "too-many", "An application carries at most " + MAX_PER_CASE + " files.");
                }
                r.updatedAt = now;
                return documents.add(r.id, file, true)
                        .chain(() -> events.persist(RequestEvent.of(r.id, RequestEvent.Kind.MATERIAL_ADDED, LocalDate.now(clock), now, user.name(),
                                file.fileName())))
                        .call(() -> audit.record("application.attach", ApplicationService.ENTITY, r.id.toString(), r.departmentCode,
                                Map.of("trackingNumber", r.trackingNumber, "mediaType", file.mediaType(), "size", file.size())))
                        .call(requests::flush).chain(() -> applications.mineView(r));
            });
        }));
    }
}
