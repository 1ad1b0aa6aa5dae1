package org.gongkai.department;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new directory entry: a stable code plus the editable fields. */
@Schema(name = "DepartmentCreate")
public record DepartmentCreate(
        @NotNull @Pattern(regexp = "[a-z][a-z0-9-]{1,63}", message = "must be lower-case letters, digits and dashes") String code,
        @NotNull @Valid DepartmentUpdate details) {
}
