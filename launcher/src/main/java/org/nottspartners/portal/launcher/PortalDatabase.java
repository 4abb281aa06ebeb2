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
    private final Path dataDirectory;

    private PortalDatabase(EmbeddedPostgres postgres, int port, Path dataDirectory) {
        this.postgres = postgres;
        this.port = port;
        this.dataDirectory = dataDirectory;
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
        return start(port, dataDirectory, keepData, durable, null);
    }

    /**
     * @param walArchive where each finished write-ahead log segment is copied ({@code archive_mode}), so that a base
     *        backup ({@link PortalBackup}) can be restored to the last archived change; none when null. A data directory
     *        that holds a restored backup ({@code recovery.signal}) is recovered first: this returns once it is done.
     */
    public static PortalDatabase start(int port, Path dataDirectory, boolean keepData, boolean durable, Path walArchive)
            throws IOException, SQLException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(!keepData)
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_preload_libraries", "pg_stat_statements");
        if (durable) {
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        }
        if (walArchive != null) {
            builder.setServerConfig("archive_mode", "on").setServerConfig("wal_level", "replica");
        }
        EmbeddedPostgres pg = builder.setPGStartupWait(java.time.Duration.ofMinutes(5)).start();
        PortalDatabase db = new PortalDatabase(pg, port, dataDirectory);
        db.awaitRecovery();
        if (walArchive != null) {
            db.archiveTo(walArchive);
        }
        db.createRolesAndDatabase();
        return db;
    }

    /**
     * The archive command, set with {@code ALTER SYSTEM} (kept in the data directory's {@code postgresql.auto.conf}) rather
     * than on the server's command line, which cannot carry a value with spaces. A segment already archived is never
     * overwritten.
     */
    private void archiveTo(Path walArchive) throws IOException, SQLException {
        java.nio.file.Files.createDirectories(walArchive);
        String dir = walArchive.toAbsolutePath().toString();
        if (dir.contains("'")) {
            throw new IllegalArgumentException("The WAL archive's path may not hold a quote: " + dir);
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            // copied under a temporary name and renamed, so that a crash in the middle never leaves a partial segment
            s.execute("alter system set archive_command = 'test ! -f \"" + dir + "/%f\" && cp \"%p\" \"" + dir + "/%f.part\" && mv \""
                    + dir + "/%f.part\" \"" + dir + "/%f\"'");
            s.execute("select pg_reload_conf()");
        }
    }

    /** Waits until a restored backup has been recovered to the end of its archived log (the server then takes writes). */
    private void awaitRecovery() throws SQLException {
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(10).toNanos();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            while (true) {
                try (ResultSet rs = s.executeQuery("select pg_is_in_recovery()")) {
                    rs.next();
                    if (!rs.getBoolean(1)) {
                        return;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("PostgreSQL was still recovering the restored backup after 10 minutes");
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    public Path dataDirectory() {
        return dataDirectory;
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
