package org.gongkai.security;

import java.text.Collator;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.gongkai.common.DomainException;
import org.gongkai.common.FieldError;
import org.gongkai.common.GongkaiConfig;
import org.jboss.logging.Logger;

import io.quarkus.cache.CacheResult;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Who works in a department, read from Keycloak (the one place accounts live): enabled users whose
 * {@code department} attribute is the department's code and who hold the staff or admin role. A list is
 * kept for a minute per department ({@code quarkus.cache.caffeine."staff-directory"}), so a new colleague
 * appears within a minute and the office's page does not ask Keycloak on every view. Keycloak unreachable
 * (or refusing the backend's client) is a 503, never an empty list: an empty list would read as "nobody".
 */
@ApplicationScoped
public class StaffDirectory {

    /** The quarkus-oidc-client client that gets the backend's own token. */
    public static final String OIDC_CLIENT = "staff-directory";
    static final String CACHE = "staff-directory";
    /** More accounts than any department has; Keycloak's default page is 100. */
    static final int MAX_USERS = 1000;

    private static final Logger LOG = Logger.getLogger(StaffDirectory.class);
    private static final Set<String> HANDLER_ROLES = Set.of(Roles.STAFF, Roles.ADMIN);

    private final KeycloakAdminApi keycloak;
    private final Duration deadline;

    public StaffDirectory(@RestClient KeycloakAdminApi keycloak, GongkaiConfig config) {
        this.keycloak = keycloak;
        // one user query plus one role read per match: a few round trips, within twice a single call's deadline
        this.deadline = config.keycloak().requestTimeout().multipliedBy(2);
    }

    /** The department's staff, by display name. */
    @CacheResult(cacheName = CACHE)
    public Uni<List<StaffMember>> of(String department) {
        return keycloak.users(CurrentUser.DEPARTMENT_CLAIM + ":" + department, true, true, false, MAX_USERS)
                .chain(users -> Multi.createFrom().iterable(users)
                        .onItem().transformToUniAndConcatenate(u -> keycloak.realmRoles(u.id())
                                .map(roles -> Map.entry(u, roles.stream().map(KeycloakAdminApi.Role::name).collect(Collectors.toSet()))))
                        .collect().asList())
                .map(withRoles -> members(department, withRoles))
                .ifNoItem().after(deadline).fail()
                .onFailure().transform(e -> {
                    LOG.warnf("Staff directory of %s unreadable: %s", department, e.toString());
                    return new DomainException.Unavailable("The staff directory (the identity service) cannot be read at the moment; "
                            + "nothing was changed. Try again in a few seconds.");
                });
    }

    /** Refuses a handler who is not in the department's directory, naming the field. */
    public Uni<Void> requireMember(String department, String field, String username) {
        return of(department).invoke(list -> {
            if (list.stream().noneMatch(m -> m.username().equals(username))) {
                throw new DomainException.RuleViolation("'" + username + "' is not on the staff of department '" + department + "'.",
                        List.of(new FieldError(field, "not-department-staff", "Choose a member of the department's staff.")));
            }
        }).replaceWithVoid();
    }

    /** The accounts that may handle the department's cases, each with the name to show, in the city's collation order. */
    static List<StaffMember> members(String department, List<Map.Entry<KeycloakAdminApi.User, Set<String>>> users) {
        Collator collator = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
        return users.stream()
                .filter(e -> !Boolean.FALSE.equals(e.getKey().enabled()))
                .filter(e -> department.equals(single(e.getKey().attributes(), CurrentUser.DEPARTMENT_CLAIM)))
                .filter(e -> e.getValue().stream().anyMatch(HANDLER_ROLES::contains))
                .map(e -> new StaffMember(e.getKey().username(), displayName(e.getKey())))
                .sorted(Comparator.comparing(StaffMember::displayName, collator).thenComparing(StaffMember::username))
                .toList();
    }

    /**
     * Family name then given name, as Chinese names are written (市公安局 + 工作人员); a name in Latin letters
     * keeps the Western order with a space. Without either, the user name.
     */
    static String displayName(KeycloakAdminApi.User user) {
        String given = blankToNull(user.firstName());
        String family = blankToNull(user.lastName());
        if (given == null && family == null) {
            return user.username();
        }
        if (given == null || family == null) {
            return given == null ? family : given;
        }
        return latin(given) || latin(family) ? given + " " + family : family + given;
    }

    private static boolean latin(String s) {
        return s.codePoints().anyMatch(c -> c < 0x2E80 && Character.isLetter(c));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String single(Map<String, List<String>> attributes, String name) {
        List<String> values = attributes == null ? null : attributes.get(name);
        return values == null || values.size() != 1 ? null : values.get(0);
    }
}
