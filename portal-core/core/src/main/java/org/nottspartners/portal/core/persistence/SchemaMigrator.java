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
     * Lets the application's database role read and write every table and sequence. Tables that must
     * stay append-only take their rights back in their own changelog.
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
        } catch (SQLException e) {
            throw new SchemaMigrationException("Could not grant the application's role its rights: " + e.getMessage(), e);
        }
    }
}
