package org.nottspartners.portal.core.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Applies Liquibase changelogs, core's first and then each module's in dependency order, over one
 * connection of the schema owner; then grants the application's role what it needs on every table.
 */
public final class SchemaMigrator {

    /** The core's own changelog. */
    public static final String CORE_CHANGELOG = "db/changelog/core/changelog.xml";

    private final ClassLoader classLoader;

    public SchemaMigrator(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    public void migrate(Connection ownerConnection, List<String> changelogs) {
        try {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(ownerConnection));
            Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(classLoader),
                    Scope.Attr.classLoader.name(), classLoader), () -> {
                for (String changelog : changelogs) {
                    new CommandScope(UpdateCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                            .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                            .execute();
                }
            });
        } catch (Exception e) {
            throw new SchemaMigrationException("The database could not be brought up to date: " + e.getMessage(), e);
        }
    }

    /**
     * Lets the application's database role read and write every table and sequence, except that tables
     * whose comment starts with "Append-only" can only be read and added to; and puts every table with a
     * council column ({@link #COUNCIL_COLUMNS}: the councils' records and their configuration alike) under row-level
     * security, so that the application's role sees and writes only the rows of the council set on its connection
     * (see {@link TenantFilter}).
     */
    public void grantApplicationRole(Connection ownerConnection, String appRole) {
        if (!appRole.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database role name: " + appRole);
        }
        try (Statement s = ownerConnection.createStatement()) {
            ownerConnection.setAutoCommit(true); // Liquibase leaves the connection in a transaction
            s.execute("grant usage on schema public to " + appRole);
            s.execute("grant select, insert, update, delete on all tables in schema public to " + appRole);
            s.execute("grant usage, select on all sequences in schema public to " + appRole);
            s.execute("revoke insert, update, delete on databasechangelog, databasechangeloglock from " + appRole);
            // the audit trail's seals are written by the schema's owner only (AuditSeals): the portal's own role may read them,
            // never add one (a forged newest link, or one for an event not yet sealed that would stop the sealing)
            if (!query(ownerConnection, "select 1 from pg_class where relname = 'core_audit_seal' and relkind = 'r'").isEmpty()) {
                s.execute("revoke insert, update, delete, truncate on core_audit_seal from " + appRole);
            }
            for (String table : query(ownerConnection, "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                    + " where n.nspname = 'public' and c.relkind = 'r' and obj_description(c.oid, 'pg_class') like 'Append-only%'")) {
                s.execute("revoke update, delete, truncate on " + table + " from " + appRole);
            }
            enableRowLevelSecurity(ownerConnection);
        } catch (SQLException e) {
            throw new SchemaMigrationException("Could not grant the application's role its rights: " + e.getMessage(), e);
        }
    }

    /**
     * The columns that say which council a row belongs to: {@code tenant_id} on the councils' records, {@code for_tenant}
     * on their configuration (settings, calendars, wards, letter wording, a module's thresholds and teams).
     */
    public static final List<String> COUNCIL_COLUMNS = List.of("tenant_id", "for_tenant");

    /**
     * Configuration read across councils, so outside row-level security: which modules each council has switched on,
     * which core's access checks read for the council in the address before entering it.
     */
    public static final java.util.Set<String> READ_ACROSS_COUNCILS = java.util.Set.of("core_tenant_module");

    /** Every table under row-level security, with the column its policy compares with the council set. */
    public static Map<String, String> councilTables(Connection c) throws SQLException {
        Map<String, String> tables = new java.util.TreeMap<>();
        try (Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery("select table_name, column_name"
                + " from information_schema.columns where table_schema = 'public' and column_name in ('tenant_id', 'for_tenant')")) {
            while (rs.next()) {
                if (!READ_ACROSS_COUNCILS.contains(rs.getString(1))) {
                    tables.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return tables;
    }

    private static void enableRowLevelSecurity(Connection c) throws SQLException {
        Map<String, String> tables = councilTables(c);
        try (Statement s = c.createStatement()) {
            for (Map.Entry<String, String> table : tables.entrySet()) {
                s.execute("alter table " + table.getKey() + " enable row level security");
                if (query(c, "select policyname from pg_policies where schemaname = 'public' and tablename = '" + table.getKey()
                        + "' and policyname = '" + table.getKey() + "_council'").isEmpty()) {
                    String mine = table.getValue() + " = current_setting('" + TenantFilter.DATABASE_SETTING + "', true)";
                    s.execute("create policy " + table.getKey() + "_council on " + table.getKey() + " using (" + mine + ") with check ("
                            + mine + ")");
                }
            }
        }
    }

    private static List<String> query(Connection c, String sql) throws SQLException {
        List<String> rows = new java.util.ArrayList<>();
        try (Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
