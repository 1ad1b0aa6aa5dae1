package org.gongkai.disclosure;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.disclosure.content.DisclosureContent;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A published version of a record: immutable but for becoming SUPERSEDED by the next. */
@Entity
@Table(name = "disclosure_version")
@IdClass(DisclosureVersion.Key.class)
public class DisclosureVersion {

    @Schema(name = "DisclosureVersionState")
    public enum State { PUBLISHED, SUPERSEDED }

    @Id
    @Column(name = "record_id")
    public UUID recordId;

    @Id
    public int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public DisclosureContent content;

    @Column(name = "change_note", nullable = false)
    public String changeNote;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;

    /** The reviewer who cleared it (保密审查); null for a change of validity, which alters no text. */
    @Column(name = "approved_by")
    public String approvedBy;

    public static class Key implements Serializable {
        public UUID recordId;
        public int version;

        public Key() {
        }

        public Key(UUID recordId, int version) {
            this.recordId = recordId;
            this.version = version;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.version == version && Objects.equals(k.recordId, recordId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(recordId, version);
        }
    }
}
