package org.gongkai.disclosure.api;

import java.time.Instant;

import org.gongkai.disclosure.DisclosureVersion;

/** One entry of a record's public history. */
public record DisclosureVersionSummary(int version, DisclosureVersion.State state, Instant publishedAt, String changeNote) {
}
