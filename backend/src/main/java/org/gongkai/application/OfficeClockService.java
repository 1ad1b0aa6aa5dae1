package org.gongkai.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.gongkai.application.api.ConsultationRequest;
import org.gongkai.application.api.ExtensionDecision;
import org.gongkai.application.api.ExtensionRequest;
import org.gongkai.application.api.FeeNoticeRequest;
import org.gongkai.application.api.OfficeApplicationEdit;
import org.gongkai.audit.AuditService;
import org.gongkai.common.DomainException;
import org.gongkai.common.FieldError;
import org.gongkai.security.CurrentUser;

import io.smallrye.mutiny.Uni;

/**
 * The office's steps that pause or lengthen the reply clock: consultations (Arts. 32, 34), the one
 * extension approved by the office's head (Art. 33), and fee notices (Art. 42).
 */
@ApplicationScoped
public class OfficeClockService {

    private static final String THIRD_PARTY = "征求第三方意见（第三十二条）";
    private static final String CO_PRODUCER = "征求共同制作机关意见（第三十四条）";

    private final CaseSteps steps;
    private final InformationRequestRepository requests;
    private final CurrentUser user;
    private final AuditService audit;

    public OfficeClockService(CaseSteps steps, InformationRequestRepository requests, CurrentUser user, AuditService audit) {
        this.steps = steps;
        this.requests = requests;
        this.user = user;
        this.audit = audit;
    }

    /** Starts a consultation: the applicant sees that one runs; whom and why stay with the office. */
    public Uni<OfficeApplicationEdit> consult(UUID id, String ifMatch, ConsultationRequest body) {
        return steps.step(id, ifMatch, (r, ev) -> {
            r.startConsultation(steps.now());
            String label = body.party() == ConsultationRequest.Party.THIRD_PARTY ? THIRD_PARTY : CO_PRODUCER;
            String detail = label + "：" + body.consulted().strip() + (body.note() == null || body.note().isBlank() ? "" : "。" + body.note().strip());
            return steps.record(r, RequestEvent.Kind.CONSULTATION_STARTED, detail, false);
        });
    }

    /** Records the opinion; the clock runs again, and the days consulted do not count. */
    public Uni<OfficeApplicationEdit> endConsultation(UUID id, String ifMatch, String opinion) {
        return steps.step(id, ifMatch, (r, ev) -> {
            r.endConsultation(steps.now());
            return steps.record(r, RequestEvent.Kind.CONSULTATION_ENDED, opinion.strip(), false);
        });
    }

    /** Asks for the extension; the office's head decides it. */
    public Uni<OfficeApplicationEdit> requestExtension(UUID id, String ifMatch, ExtensionRequest body) {
        return steps.step(id, ifMatch, (r, ev) -> {
            boolean extendedBefore = ev.stream().anyMatch(e -> e.kind == RequestEvent.Kind.EXTENDED);
            r.requestExtension(body.workingDays(), body.reason().strip(), extendedBefore, audit.actor(), steps.now());
            return steps.record(r, RequestEvent.Kind.EXTENSION_REQUESTED, body.workingDays() + "：" + body.reason().strip(), true);
        });
    }

    /**
     * The head's decision (an admin, who is not the one who asked): approved, the deadline moves by the days
     * granted and the applicant is told why; declined, the case runs on its deadline.
     */
    public Uni<OfficeApplicationEdit> decideExtension(UUID id, String ifMatch, ExtensionDecision body) {
        if (!user.isAdmin()) {
            throw new DomainException.Forbidden("An extension is approved by the office's head (an admin).");
        }
        return steps.step(id, ifMatch, (r, ev) -> {
            String reason = r.extensionReason;
            int days = r.decideExtension(body.approve(), audit.actor(), steps.now());
            String note = body.note() == null || body.note().isBlank() ? "" : "（" + body.note().strip() + "）";
            return days > 0
                    ? steps.record(r, RequestEvent.Kind.EXTENDED, "延长" + days + "个工作日：" + reason, false, days)
                    : steps.record(r, RequestEvent.Kind.NOTE, "延期申请未获批准" + note, true);
        });
    }

    /**
     * A fee notice under Art. 42, the amount computed by the chosen method: by requests, this is the
     * applicant's n-th application in its calendar month; by pages, the pages to provide. Refused when
     * the volume is within what is free.
     */
    public Uni<OfficeApplicationEdit> noticeFee(UUID id, String ifMatch, FeeNoticeRequest body) {
        if (body.method() == FeeRules.Method.BY_PAGES && body.pages() == null) {
            throw new DomainException.InvalidInput("pages", "required", "Counting by pages needs the number of pages.");
        }
        return steps.step(id, ifMatch, (r, ev) -> amount(r, body).chain(amount -> {
            if (amount.signum() == 0) {
                throw new DomainException.RuleViolation("No fee applies: the volume is within what is free (Art. 42).",
                        List.of(new FieldError("method", "free", body.method() == FeeRules.Method.BY_PAGES
                                ? "Up to 30 pages are free."
                                : "The applicant's first 10 applications in a calendar month are free.")));
            }
            r.noticeFee(amount, steps.today(), body.payBy(), steps.now());
            return steps.record(r, RequestEvent.Kind.FEE_NOTIFIED, "信息处理费 " + amount.toPlainString() + " 元，缴费期限 " + body.payBy(), false);
        }));
    }

    public Uni<OfficeApplicationEdit> feePaid(UUID id, String ifMatch) {
        return steps.step(id, ifMatch, (r, ev) -> {
            r.feePaid(steps.now());
            return steps.record(r, RequestEvent.Kind.FEE_PAID, null, false);
        });
    }

    private Uni<BigDecimal> amount(InformationRequest r, FeeNoticeRequest body) {
        if (body.method() == FeeRules.Method.BY_PAGES) {
            return Uni.createFrom().item(FeeRules.byPages(body.pages()));
        }
        if (r.applicantKey == null) {
            return Uni.createFrom().item(BigDecimal.ZERO);
        }
        return requests.nthInMonth(r.applicantKey, r.receivedOn, r.receivedAt).map(n -> FeeRules.byRequests(n.intValue()));
    }
}
