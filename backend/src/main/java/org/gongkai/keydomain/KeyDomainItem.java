package org.gongkai.keydomain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A sub-item of a key domain (e.g. 部门预决算 under 财政预决算); disclosure records are filed under sub-items. */
@Entity
@Table(name = "key_domain_item")
public class KeyDomainItem {

    @Id
    public String code;

    @Column(name = "domain_code", nullable = false)
    public String domainCode;

    @Column(nullable = false)
    public String name;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;
}
