package org.nottspartners.portal.core.tenancy;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The council the current thread works in. The edges enter it once per request after checking the
 * caller's roles, and clear it when the request ends; the persistence layer reads it to filter every
 * query and to set PostgreSQL's row-level security for the connection. Work outside a request (a
 * scheduled job) runs each council's part inside {@link #runAs}.
 */
public final class TenantScope {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private TenantScope() {
    }

    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    static void enter(String tenantId) {
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
}
