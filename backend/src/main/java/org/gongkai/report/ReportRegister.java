package org.gongkai.report;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A department's entered figures of a year (table 二's rows the portal holds no records of). */
@Entity
@Table(name = "report_register")
@IdClass(ReportRegister.Key.class)
public class ReportRegister {

    public static class Key implements Serializable {
        public int year;
        public String departmentCode;

        public Key() {
        }

        public Key(int year, String departmentCode) {
            this.year = year;
            this.departmentCode = departmentCode;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.year == year && Objects.equals(k.departmentCode, departmentCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(year, departmentCode);
        }
    }

    @Id
    public int year;

    @Id
    @Column(name = "department_code")
    public String departmentCode;

    public Integer licensing;
    public Integer punishment;
    public Integer coercion;
    public BigDecimal fees;

    @Column(name = "entered_by", nullable = false)
    public String enteredBy;

    @Column(name = "entered_at", nullable = false)
    public Instant enteredAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    public long lockVersion;
}
