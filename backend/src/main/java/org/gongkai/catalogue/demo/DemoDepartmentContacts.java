package org.gongkai.catalogue.demo;

/**
 * Demo contact details of a department (机构名录): all values are invented for the demo
 * (addresses, phones, credit codes and e-mail addresses under {@code .example}).
 */
public record DemoDepartmentContacts(String code, String creditCode, String address, String phone, String email,
        String officeHours, String website, String disclosureAddress, String disclosurePhone, String disclosureEmail) {
}
