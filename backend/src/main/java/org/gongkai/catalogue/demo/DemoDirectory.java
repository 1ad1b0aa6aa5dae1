package org.gongkai.catalogue.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The demo directory of the 33 city departments (from {@code demo/department-directory.csv}). */
public final class DemoDirectory {

    static final String RESOURCE = "demo/department-directory.csv";

    /** Everything the CSV holds about one department, including what the guides need. */
    record Department(int index, String code, String name, String shortName, String creditCode, String address,
            String phone, String complaintPhone, String email, String officeHours, String website,
            String disclosureAddress, String disclosurePhone, String disclosureEmail, String serviceLocation,
            String defaultOffice) {
    }

    private static volatile Map<String, Department> departments;
    private static volatile List<DemoDepartmentContacts> contacts;

    private DemoDirectory() {
    }

    /** One entry per department, in directory order. */
    public static List<DemoDepartmentContacts> contacts() {
        List<DemoDepartmentContacts> result = contacts;
        if (result == null) {
            List<DemoDepartmentContacts> list = new ArrayList<>();
            for (Department d : departments().values()) {
                list.add(new DemoDepartmentContacts(d.code(), d.creditCode(), d.address(), d.phone(), d.email(),
                        d.officeHours(), d.website(), d.disclosureAddress(), d.disclosurePhone(), d.disclosureEmail()));
            }
            result = Collections.unmodifiableList(list);
            contacts = result;
        }
        return result;
    }

    /** All departments by code, in directory order. */
    static Map<String, Department> departments() {
        Map<String, Department> result = departments;
        if (result == null) {
            Map<String, Department> map = new LinkedHashMap<>();
            int index = 0;
            for (Map<String, String> r : DemoCsv.read(RESOURCE)) {
                String code = r.get("code");
                if (code == null || code.isEmpty()) {
                    continue;
                }
                Department d = new Department(index++, code, r.get("name"), r.get("shortName"), r.get("creditCode"),
                        r.get("address"), r.get("phone"), r.get("complaintPhone"), r.get("email"), r.get("officeHours"),
                        r.get("website"), r.get("disclosureAddress"), r.get("disclosurePhone"), r.get("disclosureEmail"),
                        r.get("serviceLocation"), r.get("defaultOffice"));
                if (d.creditCode() == null || d.creditCode().length() != 18) {
                    throw new IllegalStateException("Credit code of " + code + " must have 18 characters");
                }
                if (map.put(code, d) != null) {
                    throw new IllegalStateException("Duplicate department " + code);
                }
            }
            result = Collections.unmodifiableMap(map);
            departments = result;
        }
        return result;
    }

    static Department department(String code) {
        Department d = departments().get(code);
        if (d == null) {
            throw new IllegalStateException("Unknown department " + code);
        }
        return d;
    }
}
