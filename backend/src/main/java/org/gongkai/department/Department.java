package org.gongkai.department;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A city department (机构名录 entry) with its contacts and its disclosure office. */
@Entity
@Table(name = "department")
public class Department {

    @Schema(name = "DepartmentKind")
    public enum Kind { GOVERNMENT_OFFICE, DEPARTMENT, PUBLIC_INSTITUTION }

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "credit_code")
    public String creditCode;

    public String address;
    public String phone;
    public String email;

    @Column(name = "office_hours")
    public String officeHours;

    public String website;

    @Column(name = "disclosure_address")
    public String disclosureAddress;

    @Column(name = "disclosure_phone")
    public String disclosurePhone;

    @Column(name = "disclosure_email")
    public String disclosureEmail;

    /** The contact details are invented demo values, not the real ones. */
    @Column(name = "demo_contacts", nullable = false)
    public boolean demoContacts;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Version
    @Column(name = "lock_version", nullable = false)
    public long lockVersion;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
