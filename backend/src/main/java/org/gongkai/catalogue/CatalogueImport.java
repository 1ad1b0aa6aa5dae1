package org.gongkai.catalogue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.gongkai.catalogue.guide.ServiceGuide;

/**
 * An item with its published history, to bring in through the publish path (the demo catalogue;
 * later, a migration from another system). Versions oldest first.
 */
public record CatalogueImport(UUID id, String implementationCode, String basicCode, String departmentCode, long reads,
        List<Version> versions) {

    public record Version(Instant publishedAt, String changeNote, ServiceGuide guide) {
    }
}
