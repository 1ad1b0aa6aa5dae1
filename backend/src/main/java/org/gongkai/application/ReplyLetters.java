package org.gongkai.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.gongkai.common.GongkaiConfig;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/**
 * The reply letter (告知书) of a case, as a printable HTML page: the outcome, the article it rests on, the
 * office's text, the records it points to, and the applicant's remedies. Qute escapes every value.
 */
@ApplicationScoped
public class ReplyLetters {

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    @Inject
    @Location("reply-letter.html")
    Template letter;

    @Inject
    GongkaiConfig config;

    String render(InformationRequest r, String departmentName) {
        var numbers = ApplicationMapper.indexNumbers(r);
        return letter.data("departmentName", departmentName)
                .data("year", r.repliedOn.getYear())
                .data("trackingNumber", r.trackingNumber)
                .data("applicantName", r.applicantName)
                .data("receivedOn", date(r.receivedOn))
                .data("description", r.title == null ? r.description : r.title + "。" + r.description)
                .data("basis", ReplyBasis.of(r.outcome, r.outcomeReason, !numbers.isEmpty()))
                .data("outcomeLabel", r.outcome.label())
                .data("reasonLabel", r.outcomeReason == null ? null : r.outcomeReason.label())
                .data("paragraphs", r.replyText == null ? java.util.List.of()
                        : Arrays.stream(r.replyText.split("\\R+")).map(String::strip).filter(p -> !p.isEmpty()).toList())
                .data("indexNumbers", numbers)
                .data("siteUrl", config.site().url())
                .data("repliedOn", date(r.repliedOn))
                .render();
    }

    private static String date(LocalDate d) {
        return d.format(CHINESE_DATE);
    }
}
