package org.nottspartners.portal.api.openreferral;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers the Open Referral UK profile asks of every answer of an open API, problems included: any site may read
 * it from a browser ({@code Access-Control-Allow-Origin: *}); and, being published data, a cache may keep it a minute.
 * Registered in the API's web.xml for {@code /open/*}, after the filter that sets the API's own headers.
 */
public class OpenDataHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain) throws IOException, ServletException {
        res.setHeader("Access-Control-Allow-Origin", "*");
        res.setHeader("Cache-Control", "public, max-age=60");
        chain.doFilter(req, res);
    }
}
