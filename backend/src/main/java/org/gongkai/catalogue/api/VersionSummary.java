package org.gongkai.catalogue.api;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.catalogue.ItemStatus;
import org.gongkai.catalogue.ServiceItemVersion;

/** One entry of an item's change history (动态调整). */
@Schema(name = "VersionSummary")
public record VersionSummary(
        @Schema(examples = "2") int version,
        @Schema(description = "PUBLISHED for the current version, SUPERSEDED for earlier ones.") ServiceItemVersion.State state,
        @Schema(description = "The item's status announced by this version.") ItemStatus status,
        OffsetDateTime publishedAt,
        @Schema(examples = "承诺办结时限由15个工作日压缩至10个工作日。") String changeNote,
        @Schema(description = "Top-level guide sections that differ from the previous version.", examples = "[\"handling\"]") List<String> changedSections) {
}
