package org.gongkai.support;

import java.io.File;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL without Docker or a system install: the zonky binaries from Maven Central.
 * Used by the tests (a fresh throw-away cluster) and by the launcher's local run (a kept data folder).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String DATABASE = "gongkai";
    public static final String USER = "gongkai";
    public static final String PASSWORD = "gongkai";

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** @param dataDirectory null for a throw-away cluster; @param port 0 for any free port */
    public static EmbeddedPostgresServer start(File dataDirectory, int port) throws IOException, SQLException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(port)
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "128MB")
                .setServerConfig("fsync", dataDirectory == null ? "off" : "on")
                .setServerConfig("synchronous_commit", dataDirectory == null ? "off" : "on")
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C.UTF-8");
        if (dataDirectory != null) {
            dataDirectory.mkdirs();
            builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(new File(dataDirectory.getParentFile(), "postgres-binaries"));
        }
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(builder.start());
        server.createApplicationDatabase();
        return server;
    }

    public int port() {
        return postgres.getPort();
    }

    private void createApplicationDatabase() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + USER + "'")) {
                if (!r.next()) {
                    s.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
                }
            }
            try (ResultSet r = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (!r.next()) {
                    s.execute("CREATE DATABASE " + DATABASE + " OWNER " + USER + " ENCODING 'UTF8'");
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    /** The launcher's local database: {@code DevDatabase <data-dir> <port>}; stops on Ctrl-C / SIGTERM. */
    public static void main(String[] args) throws Exception {
        File data = new File(args.length > 0 ? args[0] : ".gongkai/postgres/data");
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 15432;
        EmbeddedPostgresServer server = start(data.getAbsoluteFile(), port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (IOException e) {
                System.err.println("Stopping PostgreSQL failed: " + e.getMessage());
            }
        }));
        System.out.println("PostgreSQL ready on port " + server.port() + ", data in " + data);
        Thread.currentThread().join();
    }
}
