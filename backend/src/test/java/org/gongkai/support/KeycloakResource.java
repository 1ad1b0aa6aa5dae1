package org.gongkai.support;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real Keycloak with the project's realm for the tests that need real tokens. The test command
 * starts one on port 8181 before the backend tests; run alone (./mvnw test), this starts it through
 * keycloak/keycloak.sh and stops it afterwards.
 */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {

    public static final String URL = System.getenv().getOrDefault("KEYCLOAK_TEST_URL", "http://localhost:8181");
    private static final File SCRIPT = new File("../keycloak/keycloak.sh");

    private boolean startedHere;

    @Override
    public Map<String, String> start() {
        if (!reachable()) {
            run("start");
            run("wait");
            startedHere = true;
        }
        return Map.of("gongkai.keycloak.url", URL);
    }

    @Override
    public void stop() {
        if (startedHere) {
            run("stop");
        }
    }

    private static boolean reachable() {
        try {
            HttpResponse<Void> r = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(URL + "/realms/gongkai/.well-known/openid-configuration")).build(),
                    HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void run(String command) {
        int port = URI.create(URL).getPort();
        ProcessBuilder pb = new ProcessBuilder("bash", SCRIPT.getPath(), command).inheritIO();
        pb.environment().put("KC_PORT", String.valueOf(port));
        pb.environment().put("KC_MGMT_PORT", String.valueOf(port + 820));
        pb.environment().put("KC_DATA", new File("../.gongkai/keycloak-data/test").getAbsolutePath());
        try {
            int exit = pb.start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("keycloak.sh " + command + " failed with exit code " + exit);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
