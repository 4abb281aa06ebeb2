package org.nottspartners.portal.core.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import org.nottspartners.portal.core.scope.TenantScope;

/**
 * The council the current request works in, for injection: taken from the address and checked against
 * the caller's roles once, at the edge; everything after reads it from here.
 */
@ApplicationScoped
public class TenantContext {

    /** Enters a council that the edge has already checked the caller may work in. */
    public void enter(String tenantId) {
        TenantScope.enter(tenantId);
    }

    public boolean isSet() {
        return TenantScope.current().isPresent();
    }

    public String tenantId() {
        return TenantScope.current()
                .orElseThrow(() -> new IllegalStateException("No council has been chosen for this request"));
    }
}
