package org.gongkai.security;

/** The realm roles (keycloak/gongkai-realm.json). */
public final class Roles {
    /** A resident or company. */
    public static final String APPLICANT = "applicant";
    /** Department staff: edits what their own department publishes. */
    public static final String STAFF = "staff";
    /** Confidentiality review (保密审查). */
    public static final String REVIEWER = "reviewer";
    /** The city's open-government office: may act on every department. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
