package org.gongkai.application;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Mails of a case, queued in the transaction of the step that causes them and sent by {@link MailJob}.
 * The key makes a queued mail unique: a reminder for a deadline is queued once however often the job looks.
 */
@ApplicationScoped
public class MailOutbox {

    /** What a mail is about; the applicant's mails go to the case's e-mail, the office's to the department's disclosure office. */
    public enum Kind {
        RECEIPT, CORRECTION_REQUESTED, EXTENDED, FEE_NOTIFIED, TRANSFERRED, REPLIED, CLOSED,
        /** To the office: the reply is due within 5 working days. */
        DUE_SOON,
        /** To the office: the reply deadline has passed. */
        OVERDUE;

        boolean toOffice() {
            return this == DUE_SOON || this == OVERDUE;
        }
    }

    private static final String QUEUE = """
            INSERT INTO outbound_mail (request_id, kind, dedup_key, created_at) VALUES (?1, ?2, ?3, ?4)
            ON CONFLICT (dedup_key) DO NOTHING""";

    /** Queues a mail in the caller's transaction; the key names it (a second queueing with the same key is a no-op). */
    public Uni<Void> queue(UUID requestId, Kind kind, String key, Instant at) {
        return Panache.getSession().chain(s -> s.createNativeQuery(QUEUE).setParameter(1, requestId).setParameter(2, kind.name())
                .setParameter(3, kind.name() + ":" + requestId + ":" + key).setParameter(4, at).executeUpdate()).replaceWithVoid();
    }
}
