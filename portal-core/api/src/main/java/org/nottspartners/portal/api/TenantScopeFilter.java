package org.nottspartners.portal.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.nottspartners.portal.core.scope.TenantScope;

/** Leaves no council behind on the server's thread when a request ends, however it ends. */
@WebFilter(urlPatterns = "/*")
public class TenantScopeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        TenantScope.clear();
        try {
            chain.doFilter(req, res);
        } finally {
            TenantScope.clear();
        }
    }
}
