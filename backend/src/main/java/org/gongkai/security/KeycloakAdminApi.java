package org.gongkai.security;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.smallrye.mutiny.Uni;

/**
 * The two reads of Keycloak's admin REST API the staff directory needs, with the backend's own
 * client-credentials token (client gongkai-directory, whose service account may only view and query users).
 */
@RegisterRestClient(configKey = "keycloak-admin")
@OidcClientFilter(StaffDirectory.OIDC_CLIENT)
@Path("/admin/realms/gongkai")
public interface KeycloakAdminApi {

    /** Users matching {@code q} ("attribute:value"), exactly, with their attributes. */
    @GET
    @Path("/users")
    Uni<List<User>> users(@RestQuery String q, @RestQuery boolean exact, @RestQuery boolean enabled,
            @RestQuery boolean briefRepresentation, @RestQuery int max);

    /** A user's realm roles, composites resolved (default-roles-gongkai gives applicant). */
    @GET
    @Path("/users/{id}/role-mappings/realm/composite")
    Uni<List<Role>> realmRoles(@RestPath String id);

    // Keycloak's representations carry many more fields; the API's Jackson setting refuses unknown ones.
    @JsonIgnoreProperties(ignoreUnknown = true)
    record User(String id, String username, String firstName, String lastName, Boolean enabled, Map<String, List<String>> attributes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Role(String name) {
    }
}
