package org.gongkai.support;

import java.io.File;
import java.util.Map;

/** A real Keycloak with the project's realm for the tests that need real tokens (port 8181; keycloak/keycloak.sh). */
public class KeycloakResource extends ScriptedServerResource {

    public static final String URL = System.getenv().getOrDefault("KEYCLOAK_TEST_URL", "http://localhost:8181");

    public KeycloakResource() {
        super(URL, "/realms/gongkai/.well-known/openid-configuration", "../keycloak/keycloak.sh");
    }

    @Override
    Map<String, String> environment(int port) {
        return Map.of("KC_PORT", String.valueOf(port), "KC_MGMT_PORT", String.valueOf(port + 820),
                "KC_DATA", new File("../.gongkai/keycloak-data/test").getAbsolutePath());
    }

    @Override
    Map<String, String> config(String url) {
        return Map.of("gongkai.keycloak.url", url);
    }
}
