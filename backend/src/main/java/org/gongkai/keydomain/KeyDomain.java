package org.gongkai.keydomain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A key domain of proactive disclosure (重点领域), e.g. 财政预决算. */
@Entity
@Table(name = "key_domain")
public class KeyDomain {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    /** Moves with every edit, of the domain or only of its sub-items, so the version guards both. */
    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    public long lockVersion;
}
