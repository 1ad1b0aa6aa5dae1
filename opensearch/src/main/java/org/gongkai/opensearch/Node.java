package org.gongkai.opensearch;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.opensearch.action.admin.cluster.health.ClusterHealthResponse;

/**
 * A real single-node OpenSearch (the version docker-compose runs) started from jars on Maven Central, for the
 * tests and the local demo stack; opensearch/opensearch.sh starts and stops it.
 *
 * <p>Usage: {@code Node [--http-port 9200] [--transport-port 9300] [--home DIR] [--cluster-name gongkai]}; an
 * option not given falls back to the system property {@code gongkai.opensearch.<option>}. The data lives in
 * DIR/node_1/data.
 */
public final class Node {

    public static void main(String[] args) throws InterruptedException {
        // The node closes in our shutdown hook and logs while doing so: log4j's own hook must not stop logging first
        // (OpenSearch's jvm.options sets the same).
        System.setProperty("log4j.shutdownHookEnabled", "false");
        System.setProperty("log4j2.disable.jmx", "true");
        Map<String, String> options = options(args);
        int httpPort = Integer.parseInt(option(options, "http-port", "9200"));
        int transportPort = Integer.parseInt(option(options, "transport-port", "9300"));
        String home = Path.of(option(options, "home", "opensearch-data")).toAbsolutePath().toString();
        String clusterName = option(options, "cluster-name", "gongkai");

        OpenSearchRunner runner = new OpenSearchRunner();
        // The node's threads are daemons: main waits here until the shutdown hook has closed it (SIGTERM, Ctrl-C),
        // so that its shards are flushed and its lock on the data folder is released before the JVM goes.
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                runner.close();
            } catch (Exception e) {
                System.err.println("OpenSearch did not close cleanly: " + e);
            } finally {
                closed.countDown();
            }
        }, "opensearch-shutdown"));

        runner.onBuild((index, settings) -> settings
                .put("http.port", httpPort)
                .put("transport.port", transportPort)
                // Only this machine may reach it: no security plugin, so no authentication either.
                .put("network.host", "127.0.0.1")
                .put("discovery.type", "single-node")
                // A disposable local node: a nearly full developer disk must not make its indices read-only.
                .put("cluster.routing.allocation.disk.threshold_enabled", false));
        // The runner picks the first free port above baseHttpPort unless maxHttpPort < 0; our port is fixed
        // (http.port above), this only keeps the runner's own log lines telling the same port.
        runner.setMaxHttpPort(-1);
        try {
            runner.build(OpenSearchRunner.newConfigs()
                    .basePath(home)
                    .numOfNode(1)
                    .clusterName(clusterName)
                    .baseHttpPort(httpPort - 1));
            // Restarting on a kept data folder recovers its shards first; give that the launcher's whole wait.
            ClusterHealthResponse health = runner.admin().cluster().prepareHealth()
                    .setWaitForYellowStatus().setTimeout("3m").get();
            if (health.isTimedOut()) {
                throw new IllegalStateException("cluster health still " + health.getStatus() + " after 3 min");
            }
        } catch (RuntimeException e) {
            e.printStackTrace();
            // Last, so that the tail of the log that opensearch.sh shows on a failed start says why.
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            System.err.println("OpenSearch did not start: " + cause);
            System.exit(1);
        }
        System.out.println("OpenSearch ready on http://localhost:" + httpPort + " (cluster " + clusterName
                + ", home " + home + ")");
        closed.await();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException("usage: Node [--http-port N] [--transport-port N] [--home DIR]"
                        + " [--cluster-name NAME]; not understood: " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    private static String option(Map<String, String> options, String name, String fallback) {
        return options.getOrDefault(name, System.getProperty("gongkai.opensearch." + name, fallback));
    }
}
