package org.gongkai.catalogue.api;

import java.time.Instant;
import java.util.UUID;

/** A published item and when its current version came out (for sitemaps). */
public record PublishedRef(UUID id, Instant publishedAt) {
}
