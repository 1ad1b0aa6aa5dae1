package org.gongkai.application;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReplyBasisTest {

    @Test
    void everyOutcomeAndSubReasonCitesAnArticle() {
        for (Outcome o : Outcome.values()) {
            var reasons = o.reasons().isEmpty() ? java.util.Collections.<OutcomeReason>singletonList(null) : o.reasons();
            for (OutcomeReason r : reasons) {
                String basis = ReplyBasis.of(o, r, false);
                assertTrue(basis.startsWith("《中华人民共和国政府信息公开条例》第") && basis.contains("条"), o + "/" + r + ": " + basis);
            }
        }
    }

    @Test
    void theArticlesThatDecide() {
        assertTrue(ReplyBasis.of(Outcome.DISCLOSED, null, true).endsWith("第三十六条第（一）项"));
        assertTrue(ReplyBasis.of(Outcome.DISCLOSED, null, false).endsWith("第三十六条第（二）项"));
        assertTrue(ReplyBasis.of(Outcome.PARTLY_DISCLOSED, null, false).endsWith("第三十七条"));
        assertTrue(ReplyBasis.of(Outcome.OTHER, OutcomeReason.FEE_UNPAID, false).endsWith("第四十二条"));
        assertTrue(ReplyBasis.of(Outcome.NOT_DISCLOSED, OutcomeReason.THIRD_PARTY_RIGHTS, false).contains("第十五条"));
    }
}
