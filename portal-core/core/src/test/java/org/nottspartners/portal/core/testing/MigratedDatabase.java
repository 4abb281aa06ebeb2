package org.nottspartners.portal.core.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.nottspartners.portal.core.persistence.SchemaMigrator;

/**
 * An empty embedded PostgreSQL, migrated by core's changelog and any module changelogs given, exactly
 * as the portal migrates at start-up. One per test class; closed at the end.
 */
public final class MigratedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private MigratedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static MigratedDatabase withChangelogs(String... moduleChangelogs) throws IOException, SQLException {
        EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
        try (Connection c = pg.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("create extension if not exists pg_trgm");
            c.createStatement().execute("create extension if not exists fuzzystrmatch");
            List<String> changelogs = new ArrayList<>();
            changelogs.add(SchemaMigrator.CORE_CHANGELOG);
            changelogs.addAll(List.of(moduleChangelogs));
            new SchemaMigrator(MigratedDatabase.class.getClassLoader()).migrate(c, changelogs);
        }
        return new MigratedDatabase(pg);
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public Connection connection() throws SQLException {
        return postgres.getPostgresDatabase().getConnection();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
