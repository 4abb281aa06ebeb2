package org.nottspartners.portal.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.nottspartners.portal.core.audit.AuditTrail;

/**
 * Writes the request's read events (collected since {@link TenantScopeFilter} began the request) before
 * the response is sent, so that a caller who then asks for the audit trail finds them there.
 */
@Provider
public class AuditFlushFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        AuditTrail.endRequest();
        AuditTrail.beginRequest();
    }
}
