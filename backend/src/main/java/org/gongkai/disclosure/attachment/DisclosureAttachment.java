package org.gongkai.disclosure.attachment;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file of a disclosure record, its bytes in the database. Immutable once stored. */
@Entity
@Table(name = "disclosure_attachment")
public class DisclosureAttachment {

    @Id
    public UUID id;

    @Column(name = "record_id", nullable = false, updatable = false)
    public UUID recordId;

    @Column(name = "file_name", nullable = false, updatable = false)
    public String fileName;

    @Column(name = "media_type", nullable = false, updatable = false)
    public String mediaType;

    @Column(nullable = false, updatable = false)
    public long size;

    @Column(nullable = false, updatable = false)
    public String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    public byte[] content;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;
}
