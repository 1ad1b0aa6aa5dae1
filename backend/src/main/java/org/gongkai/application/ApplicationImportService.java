package org.gongkai.application;

import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.gongkai.calendar.WorkingCalendarService;
import org.gongkai.common.Clocks;
import org.gongkai.security.PersonalDataCipher;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Loads cases that were handled before the portal kept them (the demo's 2017 applications): each with its
 * tracking number of its year, the ID number encrypted like any other, its receipt and reply on the
 * timeline and its deadline counted on the calendar, in one transaction.
 */
@ApplicationScoped
public class ApplicationImportService {

    static final String IMPORTER = "import";

    private final InformationRequestRepository requests;
    private final RequestEventRepository events;
    private final ApplicationService applications;
    private final WorkingCalendarService calendar;
    private final PersonalDataCipher cipher;

    public ApplicationImportService(InformationRequestRepository requests, RequestEventRepository events, ApplicationService applications,
            WorkingCalendarService calendar, PersonalDataCipher cipher) {
        this.requests = requests;
        this.events = events;
        this.applications = applications;
        this.calendar = calendar;
        this.cipher = cipher;
    }

    /** Whether cases of that year are already there (the import then does nothing). */
    public Uni<Boolean> hasYear(int year) {
        return Panache.withSession(() -> requests.count("receivedOn >= ?1 and receivedOn < ?2", java.time.LocalDate.of(year, 1, 1),
                java.time.LocalDate.of(year + 1, 1, 1)).map(n -> n > 0));
    }

    public Uni<Integer> importHandled(List<ApplicationImport> lines) {
        return Panache.withTransaction(() -> Multi.createFrom().iterable(lines).onItem().transformToUniAndConcatenate(this::one)
                .collect().asList().map(List::size));
    }

    private Uni<InformationRequest> one(ApplicationImport a) {
        var receivedAt = a.receivedOn().atTime(LocalTime.of(9, 30)).atZone(Clocks.CITY_ZONE).toInstant();
        var repliedAt = a.repliedOn().atTime(LocalTime.of(16, 0)).atZone(Clocks.CITY_ZONE).toInstant();
        return requests.nextTrackingNumber(a.receivedOn().getYear()).chain(number -> {
            var r = new InformationRequest();
            r.id = UUID.randomUUID();
            r.trackingNumber = number;
            r.departmentCode = a.departmentCode();
            r.channel = a.channel();
            r.applicantType = a.applicantType();
            r.organisationKind = a.organisationKind();
            r.applicantName = a.applicantName();
            r.idType = a.idType();
            r.idNumberEncrypted = cipher.encrypt(a.idNumber());
            r.applicantKey = applications.applicantKey(a.idType(), a.idNumber());
            r.phone = a.phone();
            r.email = a.email();
            r.postalAddress = a.postalAddress();
            r.description = a.description();
            r.formWanted = a.formWanted();
            r.delivery = a.delivery();
            r.receivedOn = a.receivedOn();
            r.receivedAt = receivedAt;
            boolean lapsed = a.outcome() == Outcome.OTHER && (a.reason() == OutcomeReason.NOT_CORRECTED || a.reason() == OutcomeReason.FEE_UNPAID);
            r.state = lapsed ? RequestState.CLOSED : RequestState.REPLIED;
            r.outcome = a.outcome();
            r.outcomeReason = a.reason();
            r.replyText = a.replyText();
            r.repliedOn = a.repliedOn();
            r.createdBy = IMPORTER;
            r.updatedAt = repliedAt;
            return requests.persist(r);
        }).call(r -> events.persist(RequestEvent.of(r.id, RequestEvent.Kind.RECEIVED, r.receivedOn, receivedAt, IMPORTER, r.channel.name())))
                .call(r -> events.persist(RequestEvent.of(r.id, r.state == RequestState.CLOSED ? RequestEvent.Kind.CLOSED : RequestEvent.Kind.REPLIED,
                        r.repliedOn, repliedAt, IMPORTER, r.outcome + (r.outcomeReason == null ? "" : " / " + r.outcomeReason))))
                .call(r -> calendar.calendar().invoke(c -> r.replyDue = c.add(r.receivedOn, ReplyClock.REPLY_WORKING_DAYS).to()));
    }
}
