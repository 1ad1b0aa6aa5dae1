package org.gongkai.report;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The parts of a year's report that people write (一 总体情况, 五 问题及改进, 六 其他), for a department or,
 * with no department, the city; and the disclosure record the assembled report goes out as.
 */
@Entity
@Table(name = "report_text")
public class ReportText {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public int year;

    @Column(name = "department_code", updatable = false)
    public String departmentCode;

    public String overview;
    public String problems;
    public String other;

    @Column(name = "record_id")
    public UUID recordId;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    public long lockVersion;
}
