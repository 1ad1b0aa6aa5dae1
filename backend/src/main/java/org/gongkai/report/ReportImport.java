package org.gongkai.report;

import java.time.Instant;
import java.util.UUID;

/**
 * A report already published elsewhere (the demo's 2017 city report, from the seed), brought in with its
 * written parts: assembled from the records like any report and published through the disclosure import.
 */
public record ReportImport(int year, String departmentCode, UUID recordId, Instant createdAt, Instant publishedAt, String overview, String problems,
        String other) {
}
