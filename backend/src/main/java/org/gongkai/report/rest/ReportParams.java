package org.gongkai.report.rest;

import org.gongkai.common.Codes;
import org.gongkai.common.QueryParams;

/** The year and department every report endpoint takes. */
final class ReportParams {


    private ReportParams() {
    }

    static int year(String raw) {
        return QueryParams.integer("year", raw, 0, 2008, 2100);
    }

    /** The scope of an admin path: a department's code, or {@code city} (null) for the city's report. */
    static String scope(String raw) {
        return Codes.CITY.equals(raw) ? null : QueryParams.code("department", raw);
    }

    /** A department code, or null for the city. */
    static String department(String raw) {
        return raw == null || raw.isBlank() ? null : QueryParams.code("department", raw);
    }
}
