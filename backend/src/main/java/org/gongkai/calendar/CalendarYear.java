package org.gongkai.calendar;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A year whose official holiday schedule has been entered, with the notice it comes from. */
@Entity
@Table(name = "calendar_year")
public class CalendarYear {

    @Id
    public Integer year;

    @Column(nullable = false)
    public String source;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Version
    @Column(name = "lock_version", nullable = false)
    public long lockVersion;
}
