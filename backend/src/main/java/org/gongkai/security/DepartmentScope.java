package org.gongkai.security;

import jakarta.enterprise.context.RequestScoped;

import org.gongkai.common.DomainException;

/**
 * The one way to check department scope: staff act only on their own department's records, admins
 * on all. Every write endpoint calls it with the department of the record it changes.
 */
@RequestScoped
public class DepartmentScope {

    private final CurrentUser user;

    public DepartmentScope(CurrentUser user) {
        this.user = user;
    }

    public void requireWriteAccess(String departmentCode) {
        if (!mayWrite(departmentCode)) {
            if (departmentCode == null) {
                throw new DomainException.Forbidden("Only an administrator (the city office) may change what belongs to the whole city.");
            }
            throw new DomainException.Forbidden("Only staff of department '" + departmentCode
                    + "' or an administrator may change its records.");
        }
    }

    public boolean mayWrite(String departmentCode) {
        return user.isAdmin() || (user.isStaff() && departmentCode != null && departmentCode.equals(user.department()));
    }

    /**
     * The department whose records a staff listing may show: an admin may ask for any (or all, null);
     * staff get their own, and asking for another one is refused.
     */
    public String readableDepartment(String requested) {
        if (user.isAdmin()) {
            return requested;
        }
        String own = user.department();
        if (own == null) {
            throw new DomainException.Forbidden("Your account belongs to no department.");
        }
        if (requested != null && !requested.equals(own)) {
            throw new DomainException.Forbidden("Staff see only their own department's records.");
        }
        return own;
    }
}
