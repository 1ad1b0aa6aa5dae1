package org.gongkai.application;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The information-processing fee of Art. 42 (政府信息公开信息处理费管理办法, 国办函〔2020〕109号): free by
 * default, charged only for volume, by one of two methods per request.
 */
public final class FeeRules {

    @Schema(name = "FeeMethod", description = "BY_REQUESTS 按件计收 (the applicant's requests this calendar month); BY_PAGES 按量计收 (pages of one request).")
    public enum Method { BY_REQUESTS, BY_PAGES }

    private FeeRules() {
    }

    /**
     * By requests: the n-th request of one applicant in a calendar month. Up to 10 are free; the 11th to
     * the 30th cost 100 yuan each; from the 31st, each further block of 10 adds 100 yuan per request.
     */
    public static BigDecimal byRequests(int nthThisMonth) {
        if (nthThisMonth <= 10) {
            return yuan(0);
        }
        if (nthThisMonth <= 30) {
            return yuan(100);
        }
        int blocksAfter30 = (nthThisMonth - 31) / 10 + 1;
        return yuan(100L * (1 + blocksAfter30));
    }

    /** By pages of one request, progressively: 30 free, pages 31–100 at 10 yuan, 101–200 at 20, beyond 200 at 40. */
    public static BigDecimal byPages(int pages) {
        return yuan(10L * band(pages, 30, 100) + 20L * band(pages, 100, 200) + 40L * band(pages, 200, Integer.MAX_VALUE));
    }

    /** Amounts in yuan with fen, as stored (numeric(10, 2)): the API shows one amount the same way before and after it is saved. */
    private static BigDecimal yuan(long amount) {
        return BigDecimal.valueOf(amount).setScale(2);
    }

    private static int band(int pages, int above, int upTo) {
        return Math.max(0, Math.min(pages, upTo) - above);
    }
}
