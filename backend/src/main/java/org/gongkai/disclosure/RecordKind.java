package org.gongkai.disclosure;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The types of disclosure record, each with its own structure and rules. */
@Schema(name = "DisclosureKind", description = "REGULATION 规章; NORMATIVE_DOCUMENT 行政规范性文件; POLICY 其他政策文件; INTERPRETATION 政策解读; "
        + "BUDGET 部门预算; FINAL_ACCOUNTS 部门决算; GAZETTE_ISSUE 政府公报; NPC_REPLY 人大代表建议答复; CPPCC_REPLY 政协提案答复; ANNUAL_REPORT 政府信息公开工作年度报告; GENERAL 其他政府信息.")
public enum RecordKind {
    REGULATION, NORMATIVE_DOCUMENT, POLICY, INTERPRETATION, BUDGET, FINAL_ACCOUNTS, GAZETTE_ISSUE, NPC_REPLY, CPPCC_REPLY, ANNUAL_REPORT, GENERAL;

    /** A policy or normative document: the seed (part 六) requires each of them to be interpreted. */
    public boolean needsInterpretation() {
        return this == REGULATION || this == NORMATIVE_DOCUMENT || this == POLICY;
    }

    public boolean isBudget() {
        return this == BUDGET || this == FINAL_ACCOUNTS;
    }

    public boolean isReply() {
        return this == NPC_REPLY || this == CPPCC_REPLY;
    }
}
