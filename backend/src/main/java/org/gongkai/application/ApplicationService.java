package org.gongkai.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.gongkai.application.api.ApplicationSubmit;
import org.gongkai.application.api.StaffRegistration;
import org.gongkai.application.api.MyApplicationView;
import org.gongkai.application.api.SubmissionReceipt;
import org.gongkai.application.api.TrackingView;
import org.gongkai.audit.AuditService;
import org.gongkai.calendar.WorkingCalendarService;
import org.gongkai.common.Clocks;
import org.gongkai.common.DomainException;
import org.gongkai.common.EntityTags;
import org.gongkai.common.FieldError;
import org.gongkai.common.Writes;
import org.gongkai.department.DepartmentService;
import org.gongkai.files.StoredFile;
import org.gongkai.security.CurrentUser;
import org.gongkai.security.DepartmentScope;
import org.gongkai.security.PersonalDataCipher;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * The applicant's side of on-request disclosure: submitting (exactly once per Idempotency-Key), their
 * own cases with the reply clock, answering a correction request, withdrawing; and tracking by number
 * and code for anyone, without personal data.
 */
@ApplicationScoped
public class ApplicationService {

    public static final String TOPIC = "applications";
    static final String ENTITY = "application";
    private static final int CODE_LENGTH = 8;

    private final InformationRequestRepository requests;
    private final RequestEventRepository events;
    private final IdempotencyKeys keys;
    private final RequestDocuments documents;
    private final MailOutbox mails;
    private final DepartmentScope scope;
    private final DepartmentService departments;
    private final WorkingCalendarService calendar;
    private final PersonalDataCipher cipher;
    private final CurrentUser user;
    private final AuditService audit;
    private final Writes writes;
    private final ObjectMapper json;
    private final Clock clock;

    public ApplicationService(InformationRequestRepository requests, RequestEventRepository events, IdempotencyKeys keys,
            RequestDocuments documents, MailOutbox mails, DepartmentScope scope, DepartmentService departments, WorkingCalendarService calendar, PersonalDataCipher cipher, CurrentUser user, AuditService audit,
            Writes writes, ObjectMapper json, Clock clock) {
        this.requests = requests;
        this.events = events;
        this.keys = keys;
        this.documents = documents;
        this.mails = mails;
        this.scope = scope;
        this.departments = departments;
        this.calendar = calendar;
        this.cipher = cipher;
        this.user = user;
        this.audit = audit;
        this.writes = writes;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Submits an application once: a retry with the same key and body gets the first receipt again; the
     * same key with another body is refused. A retry racing the first attempt loses on the key's primary
     * key and is then answered from the winner.
     */
    public Uni<SubmissionReceipt> submit(String idempotencyKey, ApplicationSubmit body) {
        return once(idempotencyKey, body, hash(body), Channel.ONLINE, null, user.name());
    }

    /**
     * The office registers an application received by letter, in person or by fax, for its own department
     * (admins for any); it runs on the same clock from the day it was received. Once per Idempotency-Key too.
     */
    public Uni<SubmissionReceipt> register(String idempotencyKey, StaffRegistration registration) {
        scope.requireWriteAccess(registration.application().departmentCode());
        if (registration.channel() == Channel.ONLINE) {
            throw new DomainException.InvalidInput("channel", "online", "Online applications are made by the applicant; register LETTER, IN_PERSON or FAX.");
        }
        LocalDate today = LocalDate.now(clock);
        if (registration.receivedOn().isAfter(today) || registration.receivedOn().isBefore(today.minusYears(1))) {
            throw new DomainException.InvalidInput("receivedOn", "out-of-range", "The day received is today or within the past year.");
        }
        return once(idempotencyKey, registration.application(), hash(registration), registration.channel(), registration.receivedOn(), null);
    }

    private Uni<SubmissionReceipt> once(String idempotencyKey, ApplicationSubmit body, String hash, Channel channel, LocalDate receivedOn,
            String applicant) {
        List<FieldError> errors = ApplicationRules.check(body);
        if (!errors.isEmpty()) {
            throw new DomainException.InvalidInput(errors);
        }
        String owner = user.name();
        return writes.commit(TOPIC, () -> keys.find(owner, idempotencyKey).chain(stored -> stored != null
                ? replay(stored, hash)
                : create(owner, idempotencyKey, hash, body, channel, receivedOn, applicant)))
                .onFailure(ApplicationService::isDuplicateKey).recoverWithUni(() -> writes.commit(TOPIC,
                        () -> keys.find(owner, idempotencyKey).chain(stored -> stored == null
                                ? Uni.createFrom().failure(new DomainException.Conflict("The submission could not be recorded; send it again."))
                                : replay(stored, hash))));
    }

    @WithSession
    public Uni<List<MyApplicationView>> mine() {
        LocalDate today = LocalDate.now(clock);
        // three queries for the whole list, whatever its length: the cases, their steps, their documents
        return calendar.calendar().chain(c -> requests.ofApplicant(user.name()).chain(list -> {
            List<UUID> ids = list.stream().map(r -> r.id).toList();
            return events.ofAll(ids).chain(ev -> documents.ofAll(ids).map(docs -> list.stream().map(r -> {
                List<RequestEvent> steps = ev.getOrDefault(r.id, List.of());
                return ApplicationMapper.mine(r, steps, docs.getOrDefault(r.id, List.of()),
                        ApplicationMapper.clockView(r, ApplicationMapper.clock(r, steps, c, today), c, today));
            }).toList()));
        }));
    }

    /** One of the caller's own cases, with its lock version. */
    @WithSession
    public Uni<Map.Entry<MyApplicationView, Long>> mineOne(UUID id) {
        return own(id).chain(this::mineView);
    }

    /** The applicant sends the corrected application; the reply clock starts again from today. */
    public Uni<Map.Entry<MyApplicationView, Long>> correct(UUID id, String ifMatch, String description) {
        return writes.commit(TOPIC, () -> own(id).chain(r -> {
            EntityTags.requireVersion(ifMatch, r.lockVersion);
            Instant now = clock.instant();
            r.correct(description.strip(), now);
            return events.persist(RequestEvent.of(r.id, RequestEvent.Kind.CORRECTION_RECEIVED, today(now), now, user.name(), null))
                    .chain(() -> recount(r))
                    .call(() -> audit.record("application.correct", ENTITY, r.id.toString(), r.departmentCode, Map.of("trackingNumber", r.trackingNumber)))
                    .call(requests::flush).chain(() -> mineView(r));
        }));
    }

    public Uni<Map.Entry<MyApplicationView, Long>> withdraw(UUID id, String ifMatch) {
        return writes.commit(TOPIC, () -> own(id).chain(r -> {
            EntityTags.requireVersion(ifMatch, r.lockVersion);
            Instant now = clock.instant();
            r.withdraw(now);
            return events.persist(RequestEvent.of(r.id, RequestEvent.Kind.WITHDRAWN, today(now), now, user.name(), null))
                    .call(() -> audit.record("application.withdraw", ENTITY, r.id.toString(), r.departmentCode, Map.of("trackingNumber", r.trackingNumber)))
                    .call(requests::flush).chain(() -> mineView(r));
        }));
    }

    /** State and dates for whoever holds the number and its code; a wrong code is the same 404 as an unknown number. */
    @WithSession
    public Uni<TrackingView> track(String number, String code) {
        return requests.byTrackingNumber(number).chain(r -> {
            // the code is derived from the case's id with the key, so it is checked by deriving it again
            if (r == null || code == null || !MessageDigest.isEqual(code.strip().toUpperCase().getBytes(StandardCharsets.US_ASCII),
                    verificationCode(r.id).getBytes(StandardCharsets.US_ASCII))) {
                return Uni.createFrom().failure(new DomainException.NotFound("application", number));
            }
            return departments.get(r.departmentCode).map(d -> new TrackingView(r.trackingNumber, d.name(), r.state, r.receivedOn,
                    r.state.isOpen() ? r.replyDue : null, r.repliedOn));
        });
    }

    private Uni<SubmissionReceipt> create(String owner, String key, String hash, ApplicationSubmit body, Channel channel,
            LocalDate receivedOn, String applicant) {
        Instant now = clock.instant();
        LocalDate today = receivedOn == null ? today(now) : receivedOn;
        return departments.requireName("departmentCode", body.departmentCode())
                .chain(() -> requests.nextTrackingNumber(today.getYear()))
                .chain(number -> {
                    var r = new InformationRequest();
                    r.id = UUID.randomUUID();
                    r.trackingNumber = number;
                    r.departmentCode = body.departmentCode();
                    r.channel = channel;
                    r.applicantUser = applicant;
                    fill(r, body);
                    r.state = RequestState.RECEIVED;
                    r.receivedOn = today;
                    r.receivedAt = now;
                    r.createdBy = owner;
                    r.updatedAt = now;
                    return requests.persist(r);
                })
                .call(r -> events.persist(RequestEvent.of(r.id, RequestEvent.Kind.RECEIVED, today, now, owner,
                        channel == Channel.ONLINE ? null : channel.name())))
                .call(r -> mails.queue(r.id, MailOutbox.Kind.RECEIPT, "", now))
                .call(r -> keys.record(owner, key, hash, r.id, now))
                .call(this::recount)
                // the audit trail names the case, never the applicant's data
                .call(r -> audit.record("application.submit", ENTITY, r.id.toString(), r.departmentCode, Map.of("trackingNumber", r.trackingNumber)))
                .call(requests::flush)
                .chain(this::receipt);
    }

    private void fill(InformationRequest r, ApplicationSubmit body) {
        r.applicantType = body.applicantType();
        r.organisationKind = body.organisationKind();
        r.applicantName = body.applicantName().strip();
        r.idType = body.idType();
        String idNumber = body.idNumber().strip();
        r.idNumberEncrypted = cipher.encrypt(idNumber);
        r.applicantKey = applicantKey(body.idType(), idNumber);
        r.phone = blankToNull(body.phone());
        r.email = blankToNull(body.email());
        r.postalAddress = blankToNull(body.postalAddress());
        r.title = blankToNull(body.title());
        r.documentNumber = blankToNull(body.documentNumber());
        r.description = body.description().strip();
        r.formWanted = body.formWanted();
        r.delivery = body.delivery();
    }

    private Uni<SubmissionReceipt> replay(IdempotencyKeys.Stored stored, String hash) {
        if (!stored.requestHash().equals(hash)) {
            throw new DomainException.InvalidInput("Idempotency-Key", "reused",
                    "This Idempotency-Key was used for another application; use a new key for a new application.");
        }
        return requests.findById(stored.requestId()).chain(this::receipt);
    }

    private Uni<SubmissionReceipt> receipt(InformationRequest r) {
        return calendar.calendar().map(c -> new SubmissionReceipt(r.id, r.trackingNumber, verificationCode(r.id), r.receivedOn, r.replyDue,
                c.add(r.receivedOn, ReplyClock.REPLY_WORKING_DAYS), r.departmentCode));
    }

    /** Counts the clock again from the case's steps and keeps the deadline on the row (the inbox sorts by it). */
    Uni<Void> recount(InformationRequest r) {
        return calendar.calendar().chain(c -> events.of(r.id).invoke(ev -> r.replyDue = ApplicationMapper.clock(r, ev, c, LocalDate.now(clock)).replyDue()))
                .replaceWithVoid();
    }

    Uni<Map.Entry<MyApplicationView, Long>> mineView(InformationRequest r) {
        LocalDate today = LocalDate.now(clock);
        return calendar.calendar().chain(c -> events.of(r.id).chain(ev -> documents.of(r.id).map(docs -> Map.entry(ApplicationMapper.mine(r,
                ev, docs, ApplicationMapper.clockView(r, ApplicationMapper.clock(r, ev, c, today), c, today)), r.lockVersion))));
    }

    /** A document of one of the caller's own cases: their own material, or the reply's once it is sent. */
    @WithSession
    public Uni<StoredFile> myDocument(UUID id, int position) {
        return own(id).chain(r -> documents.of(r.id).chain(docs -> docs.stream()
                .anyMatch(d -> d.position() == position && ApplicationMapper.visibleToApplicant(r, d)) ? documents.read(r.id, position)
                        : Uni.createFrom().<StoredFile>nullItem()))
                .onItem().ifNull().failWith(() -> new DomainException.NotFound("document", position));
    }

    /** The department a case is with, or null when there is no such case (no personal data leaves). */
    public Uni<String> departmentOf(UUID id) {
        return requests.findById(id).map(r -> r == null ? null : r.departmentCode);
    }

    /** One of the caller's own cases (for its reply letter); another's is not found. */
    @WithSession
    public Uni<InformationRequest> ownCase(UUID id) {
        return own(id);
    }

    Uni<InformationRequest> own(UUID id) {
        return requests.findById(id).map(r -> r != null && user.name().equals(r.applicantUser) ? r : null).onItem().ifNull()
                .failWith(() -> new DomainException.NotFound("application", id));
    }

    /** The same applicant gets the same key, whichever channel they used. */
    String applicantKey(IdType type, String idNumber) {
        return cipher.code("applicant:" + type + ":" + idNumber.toUpperCase(java.util.Locale.ROOT), 32);
    }

    String verificationCode(UUID id) {
        return cipher.code("tracking:" + id, CODE_LENGTH);
    }

    private String hash(Object body) {
        try {
            return sha256(json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException c && c.getConstraintName() != null
                    && c.getConstraintName().startsWith("idempotency_key")) {
                return true;
            }
            if (t instanceof io.vertx.pgclient.PgException pg && "23505".equals(pg.getSqlState()) && pg.getConstraint() != null
                    && pg.getConstraint().startsWith("idempotency_key")) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, Clocks.CITY_ZONE);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
