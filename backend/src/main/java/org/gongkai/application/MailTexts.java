package org.gongkai.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The words of a case's mails. They carry the tracking number, dates and where to look, never the
 * applicant's identity or contacts, so a mail forwarded or misdelivered tells nothing about them.
 */
final class MailTexts {

    record Text(String subject, String body) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private MailTexts() {
    }

    static Text of(MailOutbox.Kind kind, InformationRequest r, String departmentName, String siteUrl) {
        String number = r.trackingNumber;
        String mine = siteUrl + "/me/applications/" + r.id;
        return switch (kind) {
            case RECEIPT -> new Text("已收到您的政府信息公开申请 " + number,
                    "您好：\n\n" + departmentName + "已于" + date(r.receivedOn) + "收到您的政府信息公开申请，受理编号 " + number + "。\n"
                            + "答复期限：" + date(r.replyDue) + "（自收到申请之日起20个工作日，《中华人民共和国政府信息公开条例》第三十三条）。\n\n"
                            + "查看办理进度：" + mine + "\n");
            case CORRECTION_REQUESTED -> new Text("请补正您的政府信息公开申请 " + number,
                    "您好：\n\n" + departmentName + "请您补正受理编号 " + number + " 的申请，补正期限：" + date(r.correctionDue) + "。\n"
                            + "答复期限自收到补正后的申请之日起重新计算（第三十条）。\n\n补正：" + mine + "\n");
            case EXTENDED -> new Text("政府信息公开申请答复期限延长告知 " + number,
                    "您好：\n\n经" + departmentName + "政府信息公开工作机构负责人同意，受理编号 " + number + " 的申请答复期限延长至"
                            + date(r.replyDue) + "（第三十三条）。\n\n详情：" + mine + "\n");
            case FEE_NOTIFIED -> new Text("政府信息公开信息处理费缴费通知 " + number,
                    "您好：\n\n受理编号 " + number + " 的申请需缴纳信息处理费 " + r.feeAmount.toPlainString() + " 元（第四十二条），缴费期限："
                            + date(r.feeDue) + "。逾期未缴纳的，本机关不再处理该申请。\n\n详情：" + mine + "\n");
            case TRANSFERRED -> new Text("您的政府信息公开申请已转由" + departmentName + "办理 " + number,
                    "您好：\n\n受理编号 " + number + " 的申请已转由" + departmentName + "办理，答复期限不变：" + date(r.replyDue) + "。\n\n详情：" + mine + "\n");
            case REPLIED -> new Text("您的政府信息公开申请已答复 " + number,
                    "您好：\n\n" + departmentName + "已于" + date(r.repliedOn) + "答复受理编号 " + number + " 的申请：" + r.outcome.label()
                            + "。\n\n答复告知书和相关文件：" + mine + "\n");
            case CLOSED -> new Text("您的政府信息公开申请已终止办理 " + number,
                    "您好：\n\n受理编号 " + number + " 的申请已终止办理：" + (r.outcomeReason == null ? r.outcome.label() : r.outcomeReason.label())
                            + "。\n\n详情：" + mine + "\n");
            case DUE_SOON -> new Text("【提醒】政府信息公开申请即将到期 " + number,
                    departmentName + "政府信息公开工作机构：\n\n受理编号 " + number + " 的申请答复期限为" + date(r.replyDue) + "，不足5个工作日。\n\n"
                            + "办理：" + siteUrl + "/console/applications/" + r.id + "\n");
            case OVERDUE -> new Text("【逾期】政府信息公开申请已超过答复期限 " + number,
                    departmentName + "政府信息公开工作机构：\n\n受理编号 " + number + " 的申请答复期限" + date(r.replyDue) + "已过，尚未答复。\n\n"
                            + "办理：" + siteUrl + "/console/applications/" + r.id + "\n");
        };
    }

    private static String date(LocalDate d) {
        return d == null ? "（待定）" : d.format(DATE);
    }
}
