package org.nottspartners.portal.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.nottspartners.portal.core.audit.AuditTrail;
import org.nottspartners.portal.core.scope.TenantScope;

/**
 * Leaves no council behind on the server's thread when a request ends, however it ends; and puts on
 * every answer the headers an API about children needs: never cached (a person's record must not stay
 * in a shared computer's cache), never sniffed as another type, never framed, sending no address on.
 * Registered in the API's web.xml, for every request.
 */
public class TenantScopeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        TenantScope.clear();
        AuditTrail.beginRequest("API " + req.getMethod() + " " + req.getRequestURI().substring(req.getContextPath().length()));
        res.setHeader("Cache-Control", "no-store");
        res.setHeader("X-Content-Type-Options", "nosniff");
        res.setHeader("Referrer-Policy", "no-referrer");
        res.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
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
