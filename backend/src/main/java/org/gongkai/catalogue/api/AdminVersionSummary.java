package org.gongkai.catalogue.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A history entry with who published it (staff only). */
@Schema(name = "AdminVersionSummary")
public record AdminVersionSummary(VersionSummary version, @Schema(examples = "staff-public-security") String publishedBy) {
}
