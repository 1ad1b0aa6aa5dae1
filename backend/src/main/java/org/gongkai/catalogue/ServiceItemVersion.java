package org.gongkai.catalogue;

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
import org.gongkai.catalogue.guide.ServiceGuide;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A published version of an item's guide (动态调整). Immutable but for becoming SUPERSEDED. */
@Entity
@Table(name = "service_item_version")
@IdClass(ServiceItemVersion.Key.class)
public class ServiceItemVersion {

    @Schema(name = "VersionState")
    public enum State { PUBLISHED, SUPERSEDED }

    @Id
    @Column(name = "item_id")
    public UUID itemId;

    @Id
    public int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    /** The item's lifecycle status this version announced. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ItemStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public ServiceGuide guide;

    @Column(name = "change_note", nullable = false)
    public String changeNote;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "changed_sections", nullable = false)
    public String[] changedSections;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;

    public static class Key implements Serializable {
        public UUID itemId;
        public int version;

        public Key() {
        }

        public Key(UUID itemId, int version) {
            this.itemId = itemId;
            this.version = version;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.version == version && Objects.equals(k.itemId, itemId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(itemId, version);
        }
    }
}
