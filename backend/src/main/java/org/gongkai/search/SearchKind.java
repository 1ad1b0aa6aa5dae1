package org.gongkai.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a search hit is: a service item, or a disclosure record of one of its kinds. */
@Schema(name = "SearchKind", description = "SERVICE_ITEM 政务服务事项; the others are the disclosure record kinds (see DisclosureKind).")
public enum SearchKind {
    SERVICE_ITEM, REGULATION, NORMATIVE_DOCUMENT, POLICY, INTERPRETATION, BUDGET, FINAL_ACCOUNTS, GAZETTE_ISSUE, NPC_REPLY, CPPCC_REPLY, ANNUAL_REPORT, GENERAL
}
