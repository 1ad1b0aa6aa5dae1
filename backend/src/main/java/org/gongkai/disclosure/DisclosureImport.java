package org.gongkai.disclosure;

import java.time.Instant;
import java.util.UUID;

import org.gongkai.disclosure.content.DisclosureContent;

/**
 * A record to bring in through the publication path (the demo catalogue; later, a migration from another
 * system): its fixed id, department and kind, its content as it stands today, and when it was created and
 * published. A record whose content is expired or repealed is published in force and then marked so on its
 * {@code validUntil} date; one that supersedes another marks the other superseded.
 *
 * @param stage where it stands; null means {@link Stage#PUBLISHED}, which needs {@code publishedAt}
 */
public record DisclosureImport(UUID id, String departmentCode, RecordKind kind, Instant createdAt, Instant publishedAt, Stage stage,
        DisclosureContent content) {

    /** Published as version 1, waiting in the confidentiality review, or an unpublished draft. */
    public enum Stage { PUBLISHED, IN_REVIEW, DRAFT }

    public Stage stageOrPublished() {
        return stage == null ? Stage.PUBLISHED : stage;
    }
}
