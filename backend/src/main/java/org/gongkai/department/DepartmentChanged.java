package org.gongkai.department;

/** CDI event: a department's directory entry changed (fired after the change committed). */
public record DepartmentChanged(String code) {
}
