package org.gongkai.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The application with its faults at hand: Keycloak frozen (a server that accepts and never answers) and
 * the database behind a proxy that a test can cut and restore. The profile may be instantiated more
 * than once and in more than one class loader, so the doubles are made once per JVM and the test talks
 * to the proxy through (string) system properties only: other libraries read them all as strings.
 */
public class FaultsProfile implements QuarkusTestProfile {

    static final String WANTED = "guards.test.db-proxy.reachable";
    static final String STATE = "guards.test.db-proxy.state";
    static final String PROXY_PORT = "guards.test.db-proxy.port";
    static final String HANGING_PORT = "guards.test.hanging.port";

    @Override
    public synchronized Map<String, String> getConfigOverrides() {
        try {
            if (System.getProperty(PROXY_PORT) == null) {
                TcpProxy proxy = new TcpProxy(() -> Integer.getInteger(PostgresResource.PORT_PROPERTY));
                System.setProperty(WANTED, "true");
                System.setProperty(STATE, "true");
                Thread control = new Thread(() -> follow(proxy), "db-proxy-control");
                control.setDaemon(true);
                control.start();
                System.setProperty(PROXY_PORT, String.valueOf(proxy.port()));
                System.setProperty(HANGING_PORT, String.valueOf(new HangingServer().port()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "gongkai.keycloak.url", "http://localhost:" + System.getProperty(HANGING_PORT),
                "quarkus.datasource.reactive.url", "postgresql://localhost:" + System.getProperty(PROXY_PORT) + "/gongkai");
    }

    private static void follow(TcpProxy proxy) {
        while (true) {
            String wanted = System.getProperty(WANTED);
            if (!wanted.equals(System.getProperty(STATE))) {
                try {
                    if (Boolean.parseBoolean(wanted)) {
                        proxy.restore();
                    } else {
                        proxy.cut();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                System.setProperty(STATE, wanted);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Cuts (false) or restores (true) the application's connections to the database, and waits until done. */
    public static void databaseReachable(boolean reachable) throws InterruptedException {
        System.setProperty(WANTED, String.valueOf(reachable));
        for (int i = 0; i < 250 && !String.valueOf(reachable).equals(System.getProperty(STATE)); i++) {
            Thread.sleep(20);
        }
        if (!String.valueOf(reachable).equals(System.getProperty(STATE))) {
            throw new IllegalStateException("the database proxy did not follow");
        }
    }

    /** The issuer the application expects: the frozen Keycloak's realm. */
    public static String issuer() {
        return "http://localhost:" + System.getProperty(HANGING_PORT) + "/realms/gongkai";
    }
}
