package org.nottspartners.portal.core.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Connections of the schema's owner, outside the application's pool and its row-level security, for the few jobs
 * that need them: migrating the schema at start, listening to the database's announcements, sealing every council's
 * audit trail. Each is named ({@code application_name}) so that the database's own views say whose it is.
 */
@ApplicationScoped
public class OwnerConnections {

    @Inject
    @ConfigProperty(name = "portal.db.url")
    String url;

    @Inject
    @ConfigProperty(name = "portal.db.owner-user")
    String user;

    @Inject
    @ConfigProperty(name = "portal.db.owner-password")
    String password;

    /** A new connection as the owner, for the caller to close. */
    public Connection open(String purpose) throws SQLException {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(url);
        ds.setTcpKeepAlive(true);
        ds.setApplicationName(purpose);
        return ds.getConnection(user, password);
    }

    /** The database's address, for messages. */
    public String url() {
        return url;
    }

    /** The owner's role name. */
    public String user() {
        return user;
    }
}
