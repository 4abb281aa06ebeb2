package org.nottspartners.portal.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;

/**
 * Where Keycloak sends the user back after signing in; the sign-in is complete here, so go on to the page they
 * asked for before signing in (remembered by {@link SignInGuard}; issue 14: a link to a record opens that record),
 * or home. Only a page of the portal itself is returned to.
 */
@WebServlet("/callback")
public class SignedInServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        HttpSession session = req.getSession(false);
        Object asked = session == null ? null : session.getAttribute(SignInGuard.RETURN_TO);
        if (session != null) {
            session.removeAttribute(SignInGuard.RETURN_TO);
        }
        String home = req.getContextPath() + "/index.xhtml";
        resp.sendRedirect(asked instanceof String && isPortalPage((String) asked, req.getContextPath()) ? (String) asked : home);
    }

    /** Whether {@code target} is a path of this portal (no other site, no other application on the server). */
    static boolean isPortalPage(String target, String contextPath) {
        if (target.contains("\\") || target.startsWith("//")) {
            return false;
        }
        try {
            URI uri = URI.create(target);
            return uri.getScheme() == null && uri.getAuthority() == null && uri.getPath() != null
                    && uri.getPath().startsWith(contextPath + "/") && !uri.getPath().contains("/../")
                    && !uri.getPath().startsWith(contextPath + "/callback") && !uri.getPath().startsWith(contextPath + "/sign-out");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
