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
 * A real server the tests need, at a fixed address. The test command starts it before the backend
 * tests; run alone (./mvnw test), the resource starts it through the launcher's own script and stops
 * it afterwards.
 */
abstract class ScriptedServerResource implements QuarkusTestResourceLifecycleManager {

    private final URI url;
    private final String readyPath;
    private final File script;
    private boolean startedHere;

    ScriptedServerResource(String url, String readyPath, String script) {
        this.url = URI.create(url);
        this.readyPath = readyPath;
        this.script = new File(script);
    }

    /** The script's settings for a server on this port. */
    abstract Map<String, String> environment(int port);

    /** The application's settings pointing at the server. */
    abstract Map<String, String> config(String url);

    @Override
    public Map<String, String> start() {
        if (!reachable()) {
            run("start");
            run("wait");
            startedHere = true;
        }
        return config(url.toString());
    }

    @Override
    public void stop() {
        if (startedHere) {
            run("stop");
        }
    }

    private boolean reachable() {
        try {
            HttpResponse<Void> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url.resolve(readyPath)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void run(String command) {
        ProcessBuilder pb = new ProcessBuilder("bash", script.getPath(), command).inheritIO();
        pb.environment().putAll(environment(url.getPort()));
        try {
            int exit = pb.start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException(script.getName() + " " + command + " failed with exit code " + exit);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
