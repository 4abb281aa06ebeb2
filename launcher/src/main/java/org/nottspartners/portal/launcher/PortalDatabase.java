package org.nottspartners.portal.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * PostgreSQL from the embedded binaries on Maven Central, with the portal's database and its two roles:
 * the schema owner (used by migrations) and the application's role (used by the connection pool).
 */
public final class PortalDatabase implements AutoCloseable {

    public static final String DATABASE = "portal";
    public static final String OWNER = "portal_owner";
    public static final String APP = "portal_app";

    private final EmbeddedPostgres postgres;
    private final int port;

    private PortalDatabase(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    /**
     * @param dataDirectory kept between starts when {@code keepData} is true (the run command), fresh otherwise
     */
    public static PortalDatabase start(int port, Path dataDirectory, boolean keepData) throws IOException, SQLException {
        return start(port, dataDirectory, keepData, false);
    }

    /**
     * @param durable every commit written to disk before it is acknowledged ({@code fsync}, {@code synchronous_commit}),
     *        as a council's database would run; the embedded database's default (off, for speed) otherwise
     */
    public static PortalDatabase start(int port, Path dataDirectory, boolean keepData, boolean durable) throws IOException, SQLException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(!keepData)
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_preload_libraries", "pg_stat_statements");
        if (durable) {
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        }
        EmbeddedPostgres pg = builder.start();
        PortalDatabase db = new PortalDatabase(pg, port);
        db.createRolesAndDatabase();
        return db;
    }

    private void createRolesAndDatabase() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            for (String role : new String[] {OWNER, APP}) {
                if (!exists(s, "select 1 from pg_roles where rolname = '" + role + "'")) {
                    s.execute("create role " + role + " login password '" + role + "'");
                }
            }
            if (!exists(s, "select 1 from pg_database where datname = '" + DATABASE + "'")) {
                s.execute("create database " + DATABASE + " owner " + OWNER);
            }
        }
        try (Connection c = postgres.getDatabase("postgres", DATABASE).getConnection(); Statement s = c.createStatement()) {
            s.execute("create extension if not exists pg_trgm");
            s.execute("create extension if not exists fuzzystrmatch");
        }
    }

    private static boolean exists(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next();
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    /** A superuser connection to the portal's database, for tests that must look beneath the application. */
    public Connection superuserConnection() throws SQLException {
        return postgres.getDatabase("postgres", DATABASE).getConnection();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
