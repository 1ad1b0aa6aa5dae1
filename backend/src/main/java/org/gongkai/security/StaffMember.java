package org.gongkai.security;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A member of a department's staff as the disclosure office may choose them as a case's handler: the
 * sign-in name and the name to show, nothing else of the account (no e-mail, no attributes).
 */
@Schema(description = "A member of staff who may handle the department's cases.")
public record StaffMember(
        @Schema(description = "The sign-in name; what an assignment sends as `handler`.", examples = "staff-public-security") String username,
        @Schema(description = "The name to show (family name, then given name).", examples = "市公安局工作人员") String displayName) {
}
