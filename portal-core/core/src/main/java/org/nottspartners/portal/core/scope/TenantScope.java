package org.nottspartners.portal.core.scope;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The council the current thread works in. The edges enter it once per request after checking the
 * caller's roles, and clear it when the request ends; the persistence layer reads it to filter every
 * query and to set PostgreSQL's row-level security for the connection. Work outside a request (a
 * scheduled job) runs each council's part inside {@link #runAs}.
 */
public final class TenantScope {

    /** The EclipseLink session property that {@code @Multitenant} entities filter on. */
    public static final String JPA_PROPERTY = "portal.tenant";
    /** The PostgreSQL setting that the row-level security policies compare {@code tenant_id} with. */
    public static final String DATABASE_SETTING = "portal.tenant";
    /** Matches no council. */
    public static final String NO_TENANT = "";

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private TenantScope() {
    }

    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Entered by the edges only, after checking the caller's roles (see TenantContext). */
    public static void enter(String tenantId) {
        String now = CURRENT.get();
        if (now != null && !now.equals(tenantId)) {
            throw new IllegalStateException("A request cannot work in two councils");
        }
        CURRENT.set(tenantId);
    }

    /** Called by the edges when a request ends, whatever happened. */
    public static void clear() {
        CURRENT.remove();
    }

    /** Runs work in one council and restores the previous state afterwards. */
    public static <T> T runAs(String tenantId, Supplier<T> work) {
        String before = CURRENT.get();
        CURRENT.set(tenantId);
        try {
            return work.get();
        } finally {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        }
    }

    /** Sets the council that PostgreSQL's row-level security checks on this connection. */
    public static void setOnConnection(Connection connection, String tenant) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("select set_config('" + DATABASE_SETTING + "', ?, false)")) {
            ps.setString(1, tenant);
            ps.execute();
        }
    }
}
