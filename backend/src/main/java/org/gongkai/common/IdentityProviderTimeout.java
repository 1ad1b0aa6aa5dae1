package org.gongkai.common;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.common.OidcRequestFilter;

/**
 * A deadline for every request to Keycloak (discovery, keys, ...). quarkus.oidc.connection-timeout bounds
 * only the TCP connect: a Keycloak that accepts connections and never answers held a signed-in request
 * for as long as the client waited (over 30 s). With this, such a request gets a 503 within seconds.
 */
@ApplicationScoped
@Unremovable // looked up by the OIDC extension, never injected: without this ArC drops it as unused
public class IdentityProviderTimeout implements OidcRequestFilter {

    private final long timeoutMillis;

    public IdentityProviderTimeout(GongkaiConfig config) {
        this.timeoutMillis = config.keycloak().requestTimeout().toMillis();
    }

    @Override
    public void filter(OidcRequestContext context) {
        context.request().timeout(timeoutMillis);
    }
}
