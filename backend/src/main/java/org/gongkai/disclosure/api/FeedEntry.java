package org.gongkai.disclosure.api;

import java.time.Instant;
import java.util.UUID;

import org.gongkai.disclosure.RecordKind;

/** A public record as a feed entry shows it. */
public record FeedEntry(UUID id, String indexNumber, RecordKind kind, String title, String documentNumber, String departmentName,
        Instant publishedAt) {
}
