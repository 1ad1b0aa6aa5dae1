package org.gongkai.department.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.common.Codes;

/** A new directory entry: a stable code plus the editable fields. */
@Schema(name = "DepartmentCreate")
public record DepartmentCreate(
        @NotNull @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String code,
        @NotNull @Valid DepartmentUpdate details) {
}
