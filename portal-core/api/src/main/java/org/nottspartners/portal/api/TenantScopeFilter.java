package org.nottspartners.portal.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.nottspartners.portal.core.audit.AuditTrail;
import org.nottspartners.portal.core.scope.TenantScope;

/** Leaves no council behind on the server's thread when a request ends, however it ends. */
@WebFilter(urlPatterns = "/*")
public class TenantScopeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        TenantScope.clear();
        AuditTrail.beginRequest();
        try {
            chain.doFilter(req, res);
        } finally {
            try {
                AuditTrail.endRequest(); // normally already written by AuditFlushFilter, before the response
            } finally {
                TenantScope.clear();
            }
        }
    }
}
