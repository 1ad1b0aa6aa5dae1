package org.gongkai.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.gongkai.application.api.CaseFigures;
import org.gongkai.application.api.InboxCounts;
import org.gongkai.common.PageRequest;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class InformationRequestRepository implements PanacheRepositoryBase<InformationRequest, UUID> {

    private static final String NEXT_NUMBER = """
            INSERT INTO request_sequence (year, last_value) VALUES (?1, 1)
            ON CONFLICT (year) DO UPDATE SET last_value = request_sequence.last_value + 1
            RETURNING last_value""";

    /** The next tracking number of the year, in the creating transaction (concurrent submissions queue on the row). */
    public Uni<String> nextTrackingNumber(int year) {
        return Panache.getSession().chain(s -> s.createNativeQuery(NEXT_NUMBER, Integer.class).setParameter(1, year).getSingleResult())
                .map(n -> "YSQ" + year + "-" + String.format("%06d", n));
    }

    public Uni<InformationRequest> byTrackingNumber(String number) {
        return find("trackingNumber", number).firstResult();
    }

    public Uni<List<InformationRequest>> ofApplicant(String user) {
        return list("applicantUser = ?1 order by receivedAt desc", user);
    }

    /** What the inbox shows: a department (null: all), a state, a bucket across states, and the day the buckets are counted on. */
    public record InboxFilter(String department, RequestState state, InboxBucket bucket, LocalDate today, LocalDate dueSoonBy) {
    }

    private static final String OPEN = "state not in ('REPLIED', 'CLOSED', 'WITHDRAWN')";

    /** The inbox: open cases first by deadline (a stopped clock last), then the closed ones, newest first. */
    public Uni<List<InformationRequest>> inbox(InboxFilter f, PageRequest page) {
        var query = find("from InformationRequest r where " + where(f)
                + " order by case when state in ('REPLIED', 'CLOSED', 'WITHDRAWN') then 1 else 0 end, replyDue nulls last, receivedAt desc, id",
                params(f));
        return query.page(page.page() - 1, page.size()).list();
    }

    public Uni<Long> inboxCount(InboxFilter f) {
        return count("from InformationRequest r where " + where(f), params(f));
    }

    private static final String COUNTS = """
            SELECT count(*) FILTER (WHERE state = 'RECEIVED'),
                   count(*) FILTER (WHERE state = 'AWAITING_CORRECTION'),
                   count(*) FILTER (WHERE state = 'IN_PROGRESS'),
                   count(*) FILTER (WHERE state = 'IN_CONSULTATION'),
                   count(*) FILTER (WHERE state = 'AWAITING_FEE'),
                   count(*) FILTER (WHERE %1$s AND EXISTS (SELECT 1 FROM request_event e WHERE e.request_id = r.id AND e.kind = 'EXTENDED')),
                   count(*) FILTER (WHERE %1$s AND extension_days IS NOT NULL),
                   count(*) FILTER (WHERE %1$s AND reply_due >= ?2 AND reply_due <= ?3),
                   count(*) FILTER (WHERE %1$s AND reply_due < ?2),
                   count(*) FILTER (WHERE NOT (%1$s))
            FROM information_request r WHERE (CAST(?1 AS varchar) IS NULL OR department_code = ?1)""".formatted(OPEN);

    public Uni<InboxCounts> counts(String department, LocalDate today, LocalDate dueSoonBy) {
        return Panache.getSession().chain(s -> s.createNativeQuery(COUNTS, Object[].class).setParameter(1, department)
                .setParameter(2, today).setParameter(3, dueSoonBy).getSingleResult())
                .map(c -> new InboxCounts(n(c[0]), n(c[1]), n(c[2]), n(c[3]), n(c[4]), n(c[5]), n(c[6]), n(c[7]), n(c[8]), n(c[9])));
    }

    private static LocalDate date(Object o) {
        return o == null ? null : o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }

    private static String where(InboxFilter f) {
        var w = new StringBuilder(f.department() == null ? "1 = 1" : "departmentCode = :d");
        if (f.state() != null) {
            w.append(" and state = :s");
        }
        if (f.bucket() != null) {
            w.append(" and ").append(OPEN).append(switch (f.bucket()) {
                case DUE_SOON -> " and replyDue >= :today and replyDue <= :soon";
                case OVERDUE -> " and replyDue < :today";
                case EXTENDED -> " and exists (select 1 from RequestEvent e where e.requestId = r.id and e.kind = 'EXTENDED')";
            });
        }
        return w.toString();
    }

    private static io.quarkus.panache.common.Parameters params(InboxFilter f) {
        var p = new io.quarkus.panache.common.Parameters();
        if (f.department() != null) {
            p = p.and("d", f.department());
        }
        if (f.state() != null) {
            p = p.and("s", f.state());
        }
        if (f.bucket() == InboxBucket.DUE_SOON || f.bucket() == InboxBucket.OVERDUE) {
            p = p.and("today", f.today());
        }
        if (f.bucket() == InboxBucket.DUE_SOON) {
            p = p.and("soon", f.dueSoonBy());
        }
        return p;
    }

    /** Cases whose applicant's deadline (a correction, a fee) may have passed. */
    public Uni<List<InformationRequest>> awaitingApplicant() {
        return list("state in ('AWAITING_CORRECTION', 'AWAITING_FEE')");
    }

    /** Open cases due by the given day (reminders). */
    public Uni<List<InformationRequest>> openDueBy(LocalDate by) {
        return list("state not in ('REPLIED', 'CLOSED', 'WITHDRAWN') and replyDue <= ?1", by);
    }

    /** How many applications the applicant made in the calendar month of that day, up to and including that case (Art. 42). */
    public Uni<Long> nthInMonth(String applicantKey, LocalDate month, java.time.Instant upTo) {
        LocalDate first = month.withDayOfMonth(1);
        return count("applicantKey = ?1 and receivedOn >= ?2 and receivedOn < ?3 and receivedAt <= ?4", applicantKey, first,
                first.plusMonths(1), upTo);
    }

    private static final String FIGURES = """
            SELECT r.department_code, r.applicant_type, r.organisation_kind, r.received_on, r.state, r.outcome, r.outcome_reason,
                   coalesce(r.replied_on, (SELECT min(e.on_date) FROM request_event e WHERE e.request_id = r.id AND e.kind = 'WITHDRAWN')),
                   r.reply_due
            FROM information_request r WHERE (CAST(?1 AS varchar) IS NULL OR r.department_code = ?1) AND r.received_on <= ?2""";

    /** Every case of a department (or all) received by the given day, as the statistics and the annual report count them. */
    public Uni<List<CaseFigures>> figures(String department, LocalDate receivedBy) {
        return Panache.getSession().chain(s -> s.createNativeQuery(FIGURES, Object[].class).setParameter(1, department)
                .setParameter(2, receivedBy).getResultList()).map(rows -> rows.stream().map(c -> {
                    boolean withdrawn = RequestState.WITHDRAWN.name().equals(c[4]);
                    return new CaseFigures((String) c[0], ApplicantType.valueOf((String) c[1]),
                            c[2] == null ? null : OrganisationKind.valueOf((String) c[2]), date(c[3]), date(c[7]),
                            withdrawn ? Outcome.OTHER : c[5] == null ? null : Outcome.valueOf((String) c[5]),
                            withdrawn ? OutcomeReason.OTHER : c[6] == null ? null : OutcomeReason.valueOf((String) c[6]),
                            RequestState.valueOf((String) c[4]), date(c[8]));
                }).toList());
    }

    public Uni<List<InformationRequest>> open() {
        return list("state not in ('REPLIED', 'CLOSED', 'WITHDRAWN')");
    }
}
