package org.rocbap.survey.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server from the binaries in a Maven artifact, with a database (and owner) for the
 * application and one for Keycloak. Its data folder survives restarts.
 */
final class EmbeddedDatabase implements AutoCloseable {

    static final String APPLICATION = "survey";
    static final String KEYCLOAK = "keycloak";

    private final EmbeddedPostgres postgres;
    private final int port;

    private EmbeddedDatabase(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    /**
     * @param durable whether every commit reaches the disk: the library starts PostgreSQL for throwaway
     *     test databases (fsync off, {@code -F}, and asynchronous commit), which a crash or power cut
     *     can leave without committed replies or corrupt; its {@code -c} settings come after {@code -F}
     *     on the command line, so they win
     */
    static EmbeddedDatabase start(Path dataDir, int port, boolean durable) throws IOException, SQLException {
        Path runtime = Files.createDirectories(dataDir.resolve("postgres-runtime"));
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir.resolve("postgres"))
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(runtime.toFile())
                .setPort(port)
                // The demo's and the tests' data are a few hundred MB at most, which the system's file
                // cache holds anyway; the default 128 MB of shared buffers, touched by every connection,
                // would add up to as much resident memory again across the server's processes.
                .setServerConfig("shared_buffers", "32MB");
        if (durable) {
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        EmbeddedPostgres postgres = builder.start();
        EmbeddedDatabase database = new EmbeddedDatabase(postgres, port);
        database.ensureDatabase(APPLICATION);
        database.ensureDatabase(KEYCLOAK);
        return database;
    }

    /** Creates the login role and database of that name (password = name) unless they exist. */
    private void ensureDatabase(String name) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            if (!exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", name)) {
                s.execute("CREATE ROLE " + name + " LOGIN PASSWORD '" + name + "'");
            }
            if (!exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", name)) {
                s.execute("CREATE DATABASE " + name + " OWNER " + name + " ENCODING 'UTF8'");
            }
        }
    }

    private static boolean exists(Connection c, String query, String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(query)) {
            p.setString(1, name);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
