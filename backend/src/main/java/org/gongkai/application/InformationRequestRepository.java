package org.gongkai.application;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

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

    /** The inbox: open cases first by deadline (a stopped clock last), then the closed ones, newest first. */
    public Uni<List<InformationRequest>> inbox(String department, RequestState state, PageRequest page) {
        String where = (department == null ? "1 = 1" : "departmentCode = :d") + (state == null ? "" : " and state = :s");
        var query = find("from InformationRequest where " + where
                + " order by case when state in ('REPLIED', 'CLOSED', 'WITHDRAWN') then 1 else 0 end, replyDue nulls last, receivedAt desc, id",
                params(department, state));
        return query.page(page.page() - 1, page.size()).list();
    }

    public Uni<Long> inboxCount(String department, RequestState state) {
        String where = (department == null ? "1 = 1" : "departmentCode = :d") + (state == null ? "" : " and state = :s");
        return count(where, params(department, state));
    }

    public Uni<List<InformationRequest>> open() {
        return list("state not in ('REPLIED', 'CLOSED', 'WITHDRAWN')");
    }

    private static io.quarkus.panache.common.Parameters params(String department, RequestState state) {
        var p = new io.quarkus.panache.common.Parameters();
        if (department != null) {
            p = p.and("d", department);
        }
        if (state != null) {
            p = p.and("s", state);
        }
        return p;
    }
}
