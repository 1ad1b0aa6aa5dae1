package org.gongkai.department.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.department.Department;

/** Public directory entry of a department, with the contacts for on-request disclosure applications. */
@Schema(name = "Department")
public record DepartmentView(
        @Schema(examples = "public-security") String code,
        @Schema(examples = "葫芦岛市公安局") String name,
        Department.Kind kind,
        @Schema(description = "Unified social credit code (统一社会信用代码).") String creditCode,
        String address,
        String phone,
        String email,
        String officeHours,
        String website,
        @Schema(description = "Where to send on-request disclosure applications (依申请公开).") DisclosureContact disclosureContact,
        @Schema(description = "True when the contact details are invented demo values.") boolean demo) {

    @Schema(name = "DisclosureContact")
    public record DisclosureContact(String address, String phone, String email) {
    }

    public static DepartmentView of(Department d) {
        return new DepartmentView(d.code, d.name, d.kind, d.creditCode, d.address, d.phone, d.email, d.officeHours,
                d.website, new DisclosureContact(d.disclosureAddress, d.disclosurePhone, d.disclosureEmail), d.demoContacts);
    }
}
