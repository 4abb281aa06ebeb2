package org.nottspartners.portal.core.tenancy;

import jakarta.enterprise.context.RequestScoped;

/**
 * The council the current request works in, taken from the address and checked against the caller's
 * roles once, at the edge; everything after reads it from here.
 */
@RequestScoped
public class TenantContext {

    private String tenantId;

    public void enter(String tenantId) {
        if (this.tenantId != null && !this.tenantId.equals(tenantId)) {
            throw new IllegalStateException("A request cannot work in two councils");
        }
        this.tenantId = tenantId;
    }

    public boolean isSet() {
        return tenantId != null;
    }

    public String tenantId() {
        if (tenantId == null) {
            throw new IllegalStateException("No council has been chosen for this request");
        }
        return tenantId;
    }
}
