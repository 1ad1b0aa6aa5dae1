package org.gongkai.disclosure.api;

import java.time.Instant;
import java.util.UUID;

/** A public record and when its current version came out (for sitemaps). */
public record PublishedRecordRef(UUID id, Instant publishedAt) {
}
