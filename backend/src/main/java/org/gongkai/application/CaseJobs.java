package org.gongkai.application;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.gongkai.calendar.WorkingCalendarService;
import org.gongkai.common.Writes;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * What happens to cases on their own as days pass: a correction not sent or a fee not paid by its day
 * closes the case (其他处理), and the office is reminded of replies due within 5 working days and of
 * overdue ones — once per deadline, whatever the schedule, since a reminder's key is its case and date.
 */
@ApplicationScoped
public class CaseJobs {

    private static final Logger LOG = Logger.getLogger(CaseJobs.class);

    private final InformationRequestRepository requests;
    private final CaseSteps steps;
    private final ApplicationService applications;
    private final MailOutbox mails;
    private final WorkingCalendarService calendar;
    private final Writes writes;

    public CaseJobs(InformationRequestRepository requests, CaseSteps steps, ApplicationService applications, MailOutbox mails,
            WorkingCalendarService calendar, Writes writes) {
        this.requests = requests;
        this.steps = steps;
        this.applications = applications;
        this.mails = mails;
        this.calendar = calendar;
        this.writes = writes;
    }

    @Scheduled(every = "${gongkai.applications.check-every:10m}", delayed = "20s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> run() {
        return closeLapsed().chain(closed -> remind().invoke(reminded -> {
            if (closed + reminded > 0) {
                LOG.infof("Applications: %d closed after the applicant's deadline, %d reminder(s) queued", closed, reminded);
            }
        })).replaceWithVoid();
    }

    /** Closes the cases whose correction or fee deadline has passed; returns how many. */
    public Uni<Integer> closeLapsed() {
        LocalDate today = steps.today();
        return writes.commit(ApplicationService.TOPIC, () -> requests.awaitingApplicant().chain(list -> Multi.createFrom().iterable(list)
                .onItem().transformToUniAndConcatenate(r -> {
                    OutcomeReason reason = r.lapse(today, steps.now());
                    return reason == null ? Uni.createFrom().item(0)
                            : steps.recordBySystem(r, RequestEvent.Kind.CLOSED, Outcome.OTHER + " / " + reason).chain(() -> applications.recount(r)).replaceWith(1);
                })
                .collect().asList().map(counts -> counts.stream().mapToInt(Integer::intValue).sum())));
    }

    /** Queues the office's reminders; a deadline already reminded of is not queued again. Returns the cases looked at. */
    public Uni<Integer> remind() {
        LocalDate today = steps.today();
        return writes.commit(ApplicationService.TOPIC, () -> calendar.calendar().chain(c -> requests.openDueBy(c.add(today, InboxBucket.DUE_SOON_WORKING_DAYS).to())
                .chain(list -> Multi.createFrom().iterable(list).onItem().transformToUniAndConcatenate(r -> mails.queue(r.id,
                        r.replyDue.isBefore(today) ? MailOutbox.Kind.OVERDUE : MailOutbox.Kind.DUE_SOON, r.replyDue.toString(), steps.now()))
                        .collect().asList().map(java.util.List::size))));
    }
}
