package org.gongkai.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.gongkai.common.GongkaiConfig;
import org.gongkai.department.DepartmentService;
import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Sends the queued mails of cases. Each row is taken with SKIP LOCKED, so replicas never send one twice,
 * and marked sent in the same transaction; a failure is retried up to five times. Addresses are read from
 * the case or the department when sending and are never logged.
 */
@ApplicationScoped
public class MailJob {

    private static final Logger LOG = Logger.getLogger(MailJob.class);
    private static final int BATCH = 20;
    private static final int MAX_ATTEMPTS = 5;

    private static final String TAKE = """
            SELECT id, request_id, kind FROM outbound_mail WHERE sent_at IS NULL AND attempts < ?1
            ORDER BY id LIMIT ?2 FOR UPDATE SKIP LOCKED""";

    private final InformationRequestRepository requests;
    private final DepartmentService departments;
    private final ReactiveMailer mailer;
    private final Clock clock;
    private final String siteUrl;

    public MailJob(InformationRequestRepository requests, DepartmentService departments, ReactiveMailer mailer, Clock clock, GongkaiConfig config) {
        this.requests = requests;
        this.departments = departments;
        this.mailer = mailer;
        this.clock = clock;
        this.siteUrl = config.site().url();
    }

    @Scheduled(every = "${gongkai.mail.send-every:2s}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> scheduled() {
        return sendQueued().replaceWithVoid();
    }

    /** Sends what is queued; returns how many rows were handled. */
    public Uni<Integer> sendQueued() {
        return Panache.withTransaction(() -> Panache.getSession().chain(s -> s.createNativeQuery(TAKE, Object[].class)
                .setParameter(1, MAX_ATTEMPTS).setParameter(2, BATCH).getResultList())
                .chain(rows -> Multi.createFrom().iterable(rows).onItem().transformToUniAndConcatenate(this::send).collect().asList())
                .map(List::size));
    }

    private Uni<Void> send(Object[] row) {
        long id = ((Number) row[0]).longValue();
        MailOutbox.Kind kind = MailOutbox.Kind.valueOf((String) row[2]);
        return requests.findById((UUID) row[1]).chain(r -> departments.get(r.departmentCode).chain(d -> {
            String to = kind.toOffice() ? (d.disclosureContact() == null ? null : d.disclosureContact().email()) : r.email;
            if (to == null || to.isBlank()) {
                return mark(id, "no-address");
            }
            MailTexts.Text text = MailTexts.of(kind, r, d.name(), siteUrl);
            return mailer.send(Mail.withText(to, text.subject(), text.body())).chain(() -> mark(id, null))
                    .onFailure().recoverWithUni(e -> {
                        // the exception's message may name the address: only its type is kept
                        LOG.warnf("Mail %d (%s) not sent: %s", id, kind, e.getClass().getSimpleName());
                        return failed(id, e.getClass().getSimpleName());
                    });
        }));
    }

    private Uni<Void> mark(long id, String note) {
        return Panache.getSession().chain(s -> s.createNativeQuery("UPDATE outbound_mail SET sent_at = ?1, last_error = ?2 WHERE id = ?3")
                .setParameter(1, clock.instant()).setParameter(2, note).setParameter(3, id).executeUpdate()).replaceWithVoid();
    }

    private Uni<Void> failed(long id, String error) {
        return Panache.getSession().chain(s -> s.createNativeQuery("UPDATE outbound_mail SET attempts = attempts + 1, last_error = ?1 WHERE id = ?2")
                .setParameter(1, error).setParameter(2, id).executeUpdate()).replaceWithVoid();
    }
}
