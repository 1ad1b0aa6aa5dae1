package org.gongkai.department.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.department.Department;

/** What an administrator may change in a department's directory entry. */
@Schema(name = "DepartmentUpdate")
public record DepartmentUpdate(
        @NotBlank @Size(max = 200) String name,
        @NotNull Department.Kind kind,
        @Pattern(regexp = "[0-9A-HJ-NPQRTUWXY]{18}", message = "must be an 18-character unified social credit code") String creditCode,
        @Size(max = 300) String address,
        @Size(max = 60) String phone,
        @Email @Size(max = 200) String email,
        @Size(max = 300) String officeHours,
        @Size(max = 300) String website,
        @Valid DisclosureContactUpdate disclosureContact) {

    @Schema(name = "DisclosureContactUpdate")
    public record DisclosureContactUpdate(@Size(max = 300) String address, @Size(max = 60) String phone, @Email @Size(max = 200) String email) {
    }
}
