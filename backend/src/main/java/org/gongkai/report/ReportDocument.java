package org.gongkai.report;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.gongkai.disclosure.DisclosureMode;
import org.gongkai.disclosure.FivePublic;
import org.gongkai.disclosure.HtmlBody;
import org.gongkai.disclosure.Validity;
import org.gongkai.disclosure.content.DisclosureContent;
import org.gongkai.report.api.AnnualReportView;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/**
 * The whole report in the 2021 format: parts 一 to 六, the tables and figures from the records and the
 * parts people wrote. Rendered once as the body of the disclosure record it is published as, and as a
 * print-ready page. Qute escapes every computed value; the written parts were cleaned when saved.
 */
@ApplicationScoped
public class ReportDocument {

    /** What stands in a written part the public may not see yet, or that nobody wrote. */
    static final String NOT_WRITTEN = "（本部分尚未撰写。）";
    static final String NOT_PUBLISHED = "（本部分随报告发布后公开。）";

    @Inject
    @Location("annual-report-body.html")
    Template body;

    @Inject
    @Location("annual-report-print.html")
    Template page;

    /** The body with the written parts, or with {@code pending} in each part that has none. */
    public String body(AnnualReportView report, ReportText text, String pending) {
        return body.data("report", report)
                .data("table3", Table3Layout.of(report.table3()))
                .data("overview", text == null ? null : blankToNull(text.overview))
                .data("problems", text == null ? null : blankToNull(text.problems))
                .data("other", text == null ? null : blankToNull(text.other))
                .data("pending", pending)
                .render();
    }

    public String page(String title, String bodyHtml, String status) {
        return page.data("title", title).data("body", bodyHtml).data("status", status).render();
    }

    /** The disclosure record the report is published as: proactive, a result (结果公开), in force from the day it was written. */
    public DisclosureContent content(AnnualReportView report, ReportText text, LocalDate today) {
        return new DisclosureContent(report.title(), null, today, "综合政务", List.of("政府信息公开", "年度报告"), List.of(), DisclosureMode.PROACTIVE,
                FivePublic.RESULT, Validity.VALID, today, null, body(report, text, NOT_WRITTEN), null, null, null, List.of(), null, null, null, null,
                List.of());
    }

    private static String blankToNull(String html) {
        return html == null || HtmlBody.isBlank(html) ? null : html;
    }
}
