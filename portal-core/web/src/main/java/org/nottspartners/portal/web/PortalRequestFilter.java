package org.nottspartners.portal.web;

import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.nottspartners.portal.core.identity.CurrentUser;
import org.nottspartners.portal.core.identity.TenantRoles;
import org.nottspartners.portal.core.tenancy.TenantContext;
import org.nottspartners.portal.core.audit.AuditTrail;
import org.nottspartners.portal.core.scope.TenantScope;

/**
 * The pages' edge, once per request: turns the signed-in user's token into the core's
 * {@link CurrentUser}; takes the council from the first segment of the address
 * ({@code /portal/city/early-help/index.xhtml}), checks the caller may work there and may open that
 * page ({@link PageAccess}), enters the council and forwards to the page; and leaves no council behind
 * on the thread afterwards.
 */
@WebFilter(urlPatterns = "/*")
public class PortalRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    OpenIdContext openId;

    @Inject
    CurrentUser caller;

    @Inject
    org.nottspartners.portal.core.module.ModuleRegistry modules;

    @Inject
    TenantContext tenant;

    @Inject
    PageAccess pages;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        TenantScope.clear();
        // the address as the server resolved it (decoded, dot segments and path parameters gone), never the text sent:
        // "/find-a-service/../people/find.xhtml" is the people page, not a public one (it opened outside any council)
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        AuditTrail.beginRequest("page " + path);
        try {
            protect(path, res);
            if (controlCharactersInQuery(req.getQueryString()) || controlCharactersInForm(req)) {
                res.sendError(HttpServletResponse.SC_BAD_REQUEST); // as the API answers them; never looked up or saved
                return;
            }
            resolveCaller(req);
            if (!caller.isAuthenticated() || pages.isPublic(path)) {
                chain.doFilter(req, res);
                return;
            }
            if (path.isEmpty() || path.equals("/") || path.equals("/index.xhtml")) {
                // the home page of the first council the caller works for
                List<String> councils = List.copyOf(caller.tenants());
                res.sendRedirect(req.getContextPath() + (!councils.isEmpty() ? "/" + councils.get(0) + "/index.xhtml"
                        : caller.roles().isMemberOfPublic() ? "/apply.xhtml" : "/no-council.xhtml"));
                return;
            }
            String[] parts = path.split("/", 3); // "", council, rest
            if (parts.length < 3 || !(caller.tenants().contains(parts[1]) || pages.mayEnterAsPublic(parts[1]))) {
                res.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            String page = "/" + parts[2];
            if (!pages.mayOpen(parts[1], page)) {
                res.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            tenant.enter(parts[1]);
            req.setAttribute("portal.tenant", parts[1]);
            try {
                req.getRequestDispatcher(page).forward(req, res);
            } catch (ServletException e) {
                if (!isStalePage(e) || res.isCommitted()) {
                    throw e;
                }
                // a page state the portal never gave, or one that has expired: the sender's page, not the server
                res.reset();
                protect(path, res);
                res.sendError(HttpServletResponse.SC_BAD_REQUEST);
            }
        } finally {
            try {
                AuditTrail.endRequest(); // the page's reads, in one batch
            } finally {
                TenantScope.clear();
            }
        }
    }

    /**
     * Whether a page failed because the form it posted carried a page state the portal does not hold, or not the page's
     * CSP nonce (PrimeFaces' script adds it to every form; a post without it, from a client that runs no script, was a
     * 500 "CSP nonce mismatch").
     */
    private static boolean isStalePage(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof jakarta.faces.application.ViewExpiredException
                    || t instanceof jakarta.faces.application.ProtectedViewException
                    || t instanceof org.primefaces.csp.CspException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The Content Security Policy of every answer: everything from the portal itself, styles inline too
     * (PrimeFaces' components set style attributes), images and fonts also as data addresses (the theme's
     * icons), no plugins, no other base address, no framing. Scripts are left to the second policy PrimeFaces
     * sends with each page ({@code primefaces.CSP}: only the portal's files and scripts carrying the page's
     * nonce); a browser enforces both, so an injected script runs under neither.
     */
    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    /** Whether the address's query holds a control character (a NUL, say) in a name or a value, or cannot be decoded. */
    static boolean controlCharactersInQuery(String query) {
        if (query == null) {
            return false;
        }
        try {
            return org.nottspartners.portal.core.problem.ControlCharacters.in(
                    java.net.URLDecoder.decode(query.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IllegalArgumentException malformed) {
            return true;
        }
    }

    /**
     * Whether a form posted to a page holds a control character in a field's name or value (a NUL pasted into a search
     * reached PostgreSQL, which refuses it: a 500 until issue 27). Ordinary form posts only, which is what every page
     * sends but an upload's: a multipart form's fields are not read here (its file is checked by core's UploadCheck).
     */
    static boolean controlCharactersInForm(HttpServletRequest req) {
        String type = req.getContentType();
        if (!"POST".equals(req.getMethod()) || type == null || !type.toLowerCase(java.util.Locale.ROOT)
                .startsWith("application/x-www-form-urlencoded")) {
            return false;
        }
        return controlCharactersIn(req.getParameterMap());
    }

    static boolean controlCharactersIn(java.util.Map<String, String[]> form) {
        for (java.util.Map.Entry<String, String[]> field : form.entrySet()) {
            if (org.nottspartners.portal.core.problem.ControlCharacters.in(field.getKey())) {
                return true;
            }
            for (String value : field.getValue()) {
                if (value != null && org.nottspartners.portal.core.problem.ControlCharacters.in(value)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Headers on every answer: no page showing a person is kept by the browser (so the back button after
     * signing out asks the server, which asks for a password), no content-type guessing, no address
     * leaked to other sites, and no framing by another site.
     */
    private static void protect(String path, HttpServletResponse res) {
        if (!path.startsWith("/jakarta.faces.resource/") && !path.startsWith("/resources/")) {
            res.setHeader("Cache-Control", "no-store");
        }
        res.setHeader("X-Content-Type-Options", "nosniff");
        res.setHeader("Referrer-Policy", "same-origin");
        res.setHeader("Content-Security-Policy", POLICY);
    }

    private void resolveCaller(HttpServletRequest req) {
        if (req.getUserPrincipal() != null && !caller.isAuthenticated() && openId.getSubject() != null) {
            var claims = openId.getAccessToken().getJwtClaims();
            String name = claims.getStringClaim("name").orElse(req.getUserPrincipal().getName());
            String organisation = claims.getArrayStringClaim("organisation").stream().findFirst().orElse(null);
            String userName = claims.getStringClaim("preferred_username").orElse(req.getUserPrincipal().getName());
            caller.resolve(openId.getSubject(), userName, name, organisation, TenantRoles.fromGroups(claims.getArrayStringClaim("groups"), modules.roles()));
            jakarta.json.JsonObject userInfo = openId.getClaimsJson();
            if (userInfo != null && userInfo.getBoolean("email_verified", false)) {
                claims.getStringClaim("email").or(() -> java.util.Optional.ofNullable(userInfo.getString("email", null)))
                        .ifPresent(caller::email);
            }
        }
    }
}
