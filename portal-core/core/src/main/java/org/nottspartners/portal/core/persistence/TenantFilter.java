package org.nottspartners.portal.core.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.internal.databaseaccess.Accessor;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.nottspartners.portal.core.scope.TenantScope;

/**
 * Puts the current council into every EclipseLink session and every database connection the portal's
 * persistence units use (named as {@code eclipselink.session.customizer} in each persistence.xml):
 * <ul>
 *     <li>the session property {@value #TENANT_PROPERTY}, which {@code @Multitenant} entities filter on;</li>
 *     <li>the PostgreSQL setting {@value #DATABASE_SETTING}, which the row-level security policies check.</li>
 * </ul>
 * Without a council (no request, or one not yet checked) both are set to a value that matches no row,
 * so that nothing can be read or written by accident. The setting is made every time EclipseLink takes a
 * connection from the pool, so it is not also cleared when the connection goes back: that cost a third
 * round trip per query (measured in the early help load test) and protected nothing, since every other
 * user of the pool (the audit trail) sets the council itself first. Caching the last value set on a
 * connection would not be safe: PostgreSQL undoes a {@code set_config} made in a transaction that rolls back.
 */
public class TenantFilter implements SessionCustomizer {

    public static final String TENANT_PROPERTY = TenantScope.JPA_PROPERTY;
    public static final String DATABASE_SETTING = TenantScope.DATABASE_SETTING;
    private static final String NO_TENANT = TenantScope.NO_TENANT;

    @Override
    public void customize(Session session) {
        session.getEventManager().addListener(new SessionEventAdapter() {
            @Override
            public void postAcquireClientSession(SessionEvent event) {
                event.getSession().setProperty(TENANT_PROPERTY, currentTenant());
            }

            @Override
            public void postAcquireConnection(SessionEvent event) {
                setDatabaseTenant(event, currentTenant());
            }

        });
    }

    static String currentTenant() {
        return TenantScope.current().orElse(NO_TENANT);
    }

    private static void setDatabaseTenant(SessionEvent event, String tenant) {
        if (event.getResult() instanceof Accessor accessor
                && accessor.getDatasourceConnection() instanceof Connection connection) {
            try {
                TenantScope.setOnConnection(connection, tenant);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not set the council on a database connection", e);
            }
        }
    }
}
