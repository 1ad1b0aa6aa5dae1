package org.gongkai.department.api;

/** A department as an administrator edits it: the entry and the version to send back in If-Match. */
public record DepartmentEdit(DepartmentView department, long version) {
}
