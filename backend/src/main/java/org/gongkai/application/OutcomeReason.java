package org.gongkai.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The sub-rows of table 三 (2021 format), in its order; each belongs to one {@link Outcome}. */
@Schema(name = "ApplicationOutcomeReason", description = "不予公开: STATE_SECRET 属于国家秘密, LAW_PROHIBITS 其他法律行政法规禁止公开, "
        + "SECURITY_STABILITY 危及“三安全一稳定”, THIRD_PARTY_RIGHTS 保护第三方合法权益, INTERNAL_AFFAIRS 属于三类内部事务信息, "
        + "PROCESS_INFORMATION 属于四类过程性信息, ENFORCEMENT_FILES 属于行政执法案卷, ADMINISTRATIVE_QUERY 属于行政查询事项; "
        + "无法提供: NOT_HELD 本机关不掌握相关政府信息, NEEDS_CREATION 没有现成信息需要另行制作, UNCLEAR_AFTER_CORRECTION 补正后申请内容仍不明确; "
        + "不予处理: PETITION_OR_COMPLAINT 信访举报投诉类申请, REPEATED 重复申请, PUBLICATION_REQUESTED 要求提供公开出版物, "
        + "EXCESSIVE 无正当理由大量反复申请, CONFIRMATION_REQUESTED 要求行政机关确认或重新出具已获取信息; "
        + "其他处理: NOT_CORRECTED 申请人无正当理由逾期不补正, FEE_UNPAID 申请人逾期未按收费通知要求缴纳费用, OTHER 其他.")
public enum OutcomeReason {
    STATE_SECRET("属于国家秘密"), LAW_PROHIBITS("其他法律行政法规禁止公开"), SECURITY_STABILITY("危及“三安全一稳定”"),
    THIRD_PARTY_RIGHTS("保护第三方合法权益"), INTERNAL_AFFAIRS("属于三类内部事务信息"), PROCESS_INFORMATION("属于四类过程性信息"),
    ENFORCEMENT_FILES("属于行政执法案卷"), ADMINISTRATIVE_QUERY("属于行政查询事项"),
    NOT_HELD("本机关不掌握相关政府信息"), NEEDS_CREATION("没有现成信息需要另行制作"), UNCLEAR_AFTER_CORRECTION("补正后申请内容仍不明确"),
    PETITION_OR_COMPLAINT("信访举报投诉类申请"), REPEATED("重复申请"), PUBLICATION_REQUESTED("要求提供公开出版物"),
    EXCESSIVE("无正当理由大量反复申请"), CONFIRMATION_REQUESTED("要求行政机关确认或重新出具已获取信息"),
    NOT_CORRECTED("申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    FEE_UNPAID("申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"), OTHER("其他");

    private final String label;

    OutcomeReason(String label) {
        this.label = label;
    }

    /** The sub-row's name in table 三. */
    public String label() {
        return label;
    }
}
