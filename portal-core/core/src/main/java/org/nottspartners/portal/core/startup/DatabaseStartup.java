package org.nottspartners.portal.core.startup;

import org.nottspartners.portal.core.persistence.SchemaMigrator;
import org.nottspartners.portal.core.persistence.SchemaMigrationException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.nottspartners.portal.core.module.ModuleRegistry;
import org.nottspartners.portal.core.module.PortalModule;

/**
 * Brings the schema up to date when the application starts, before any request is served: core's
 * changelog, then each deployed module's, as the schema owner; the application itself runs as a
 * lesser role ({@code portal.db.app-user}).
 */
@ApplicationScoped
public class DatabaseStartup {

    private static final Logger LOG = Logger.getLogger(DatabaseStartup.class.getName());

    @Inject
    ModuleRegistry modules;

    @Inject
    org.nottspartners.portal.core.database.OwnerConnections owner;

    @Inject
    @ConfigProperty(name = "portal.db.app-user")
    String appUser;

    /** Static: each web module of the EAR has its own instance of this bean, but one class loader. */
    private static boolean migrated;

    /** Each web module of the EAR fires this; the schema is migrated once. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        synchronized (DatabaseStartup.class) {
            if (!migrated) {
                migrate();
                migrated = true;
                org.nottspartners.portal.core.database.SchemaState.upToDate();
            }
        }
    }

    private void migrate() {
        List<String> changelogs = new ArrayList<>();
        changelogs.add(SchemaMigrator.CORE_CHANGELOG);
        modules.modules().stream().map(PortalModule::changelog).forEach(changelogs::add);
        try (Connection c = owner.open("portal schema migration")) {
            // one server at a time: servers of a cluster starting together on a new database would each create
            // Liquibase's own tables, and all but one fail (issue 27; seen with two instances). The lock is the
            // session's, released when it ends, however the migration ends.
            try (Statement s = c.createStatement()) {
                s.execute("set lock_timeout = '10min'"); // a migration stuck on another server is reported, not waited on for ever
                s.execute("select pg_advisory_lock(hashtext('portal schema migration'))");
                s.execute("set lock_timeout = 0");
            }
            SchemaMigrator migrator = new SchemaMigrator(getClass().getClassLoader());
            migrator.migrate(c, changelogs);
            if (!appUser.equals(owner.user())) {
                migrator.grantApplicationRole(c, appUser);
            }
        } catch (SQLException e) {
            throw new SchemaMigrationException("Cannot reach the database at " + owner.url() + ": " + e.getMessage(), e);
        }
        LOG.info(() -> "Database schema up to date: " + changelogs);
    }
}
