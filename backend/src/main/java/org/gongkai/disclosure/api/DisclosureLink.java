package org.gongkai.disclosure.api;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.disclosure.RecordKind;

/** A reference to another public record: enough to show and link it. */
public record DisclosureLink(UUID id, @Schema(examples = "11211400MB0000001X/2017-00042") String indexNumber, RecordKind kind, String title) {
}
