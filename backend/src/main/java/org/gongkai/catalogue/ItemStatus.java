package org.gongkai.catalogue;

/** 事项状态: lifecycle of an item. DRAFT = never published. */
public enum ItemStatus {
    DRAFT, ACTIVE, SUSPENDED, CANCELLED
}
