package org.gongkai.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Who the directory offers as a handler, from what Keycloak says of each account. */
class StaffDirectoryTest {

    static KeycloakAdminApi.User user(String username, String first, String last, Boolean enabled, String department) {
        return new KeycloakAdminApi.User("id-" + username, username, first, last, enabled,
                department == null ? Map.of() : Map.of("department", List.of(department)));
    }

    static Map.Entry<KeycloakAdminApi.User, Set<String>> with(KeycloakAdminApi.User user, String... roles) {
        return Map.entry(user, Set.of(roles));
    }

    @Test
    void onlyEnabledStaffAndAdminsOfTheDepartmentAreOffered() {
        List<StaffMember> members = StaffDirectory.members("public-security", List.of(
                with(user("staff-a", "工作人员", "市公安局", true, "public-security"), "staff", "default-roles-gongkai"),
                with(user("boss", "管理员", "市公安局", true, "public-security"), "admin"),
                with(user("left", "离职", "市公安局", false, "public-security"), "staff"),
                with(user("reviewer", "审查员", "市公安局", true, "public-security"), "reviewer"),
                with(user("resident", "李明", "市民", true, "public-security"), "applicant"),
                // Keycloak's attribute search may be looser than equality: the code must match exactly
                with(user("neighbour", "工作人员", "市公安局交警", true, "public-security-traffic"), "staff"),
                with(user("nobody", "工作人员", "某局", true, null), "staff")));
        assertEquals(List.of("boss", "staff-a"), members.stream().map(StaffMember::username).sorted().toList());
    }

    @Test
    void aChineseNameReadsFamilyThenGivenAndALatinOneGivenThenFamily() {
        assertEquals("市公安局工作人员", StaffDirectory.displayName(user("a", "工作人员", "市公安局", true, null)));
        assertEquals("Wei Zhang", StaffDirectory.displayName(user("b", "Wei", "Zhang", true, null)));
        assertEquals("工作人员", StaffDirectory.displayName(user("c", "工作人员", " ", true, null)));
        assertEquals("d", StaffDirectory.displayName(user("d", null, null, true, null)));
    }

    @Test
    void theListIsInTheCitysOrderOfNamesThenUserNames() {
        List<StaffMember> members = StaffDirectory.members("x", List.of(
                with(user("z2", "经办人", "市公安局", true, "x"), "staff"),
                with(user("z1", "经办人", "市公安局", true, "x"), "staff"),
                with(user("a", "工作人员", "市公安局", true, "x"), "staff")));
        // same name: the user name tells them apart
        assertEquals(List.of("z1", "z2"), members.stream().filter(m -> m.displayName().endsWith("经办人")).map(StaffMember::username).toList());
        assertEquals(3, members.size());
    }
}
