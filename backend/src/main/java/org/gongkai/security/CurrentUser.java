package org.gongkai.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is calling: user name, roles and department, read from the verified access token. */
@RequestScoped
public class CurrentUser {

    /** The access-token claim that carries a staff member's department code. */
    public static final String DEPARTMENT_CLAIM = "department";

    private final SecurityIdentity identity;

    public CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    /** The confidentiality reviewer (保密审查): reviews every department's records, never their own. */
    public boolean isReviewer() {
        return identity.hasRole(Roles.REVIEWER);
    }

    public boolean isStaff() {
        return identity.hasRole(Roles.STAFF);
    }

    /** The caller's department code, or null for users outside any department (applicants). */
    public String department() {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object claim = token.getClaim(DEPARTMENT_CLAIM);
            return claim instanceof JsonString string ? string.getString() : claim == null ? null : claim.toString();
        }
        Object attribute = identity.getAttribute(DEPARTMENT_CLAIM);
        return attribute == null ? null : attribute.toString();
    }
}
